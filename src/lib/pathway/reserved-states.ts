/**
 * The machine states the engine adds to every pathway. Kept apart from the Zod schemas so that
 * the engine's run-time code, which the patient app ships, never pulls in Zod.
 */

/** The engine's own state before the entry screen is passed. */
export const ENTRY_STATE = 'entry';
/** The engine's own state after the patient stopped. */
export const STOPPED_STATE = 'stopped';
/** No stage may use these ids. */
export const RESERVED_STAGE_IDS = [ENTRY_STATE, STOPPED_STATE] as const;
