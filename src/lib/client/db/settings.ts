/**
 * Patient settings (language, text size, contrast, motion, read-aloud, reminders, consent),
 * stored as one row and parsed at the boundary: a missing or damaged row gives the defaults.
 */
import type { Locale } from '../../shared/vocabulary.js';
import { LOCALES } from '../../shared/vocabulary.js';
import type { LimberDatabase } from './database.js';
import { attempt, type StorageResult } from './storage-error.js';

export interface Settings {
	readonly locale: Locale;
	readonly textSize: 'normal' | 'large' | 'x-large';
	readonly contrast: 'normal' | 'high';
	readonly motion: 'system' | 'reduced';
	readonly readAloud: boolean;
	/** Daily reminder while the app is open, at this local time (HH:MM), or off. */
	readonly reminder: { readonly enabled: boolean; readonly time: string };
	/** Sharing anonymised outcomes with the local NHS: off unless the patient turns it on. */
	readonly shareOutcomes: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
	locale: 'en',
	textSize: 'normal',
	contrast: 'normal',
	motion: 'system',
	readAloud: false,
	reminder: { enabled: false, time: '09:00' },
	shareOutcomes: false
};

const KEY = 'preferences';

/** Reads settings, falling back to defaults field by field. */
export async function loadSettings(db: LimberDatabase): Promise<Settings> {
	const row = await db.settings.get(KEY);
	return parseSettings(row?.value);
}

/** Saves settings. */
export function saveSettings(db: LimberDatabase, settings: Settings): Promise<StorageResult<void>> {
	return attempt(async () => {
		await db.settings.put({ key: KEY, value: settings });
	});
}

/** Parses a stored or imported settings value; anything unrecognised becomes the default. */
export function parseSettings(value: unknown): Settings {
	const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
	const pick = <T extends string>(field: unknown, allowed: readonly T[], fallback: T): T =>
		typeof field === 'string' && (allowed as readonly string[]).includes(field)
			? (field as T)
			: fallback;
	const reminder = (
		typeof v['reminder'] === 'object' && v['reminder'] !== null ? v['reminder'] : {}
	) as Record<string, unknown>;
	return {
		locale: pick(v['locale'], LOCALES, DEFAULT_SETTINGS.locale),
		textSize: pick(v['textSize'], ['normal', 'large', 'x-large'], DEFAULT_SETTINGS.textSize),
		contrast: pick(v['contrast'], ['normal', 'high'], DEFAULT_SETTINGS.contrast),
		motion: pick(v['motion'], ['system', 'reduced'], DEFAULT_SETTINGS.motion),
		readAloud: v['readAloud'] === true,
		reminder: {
			enabled: reminder['enabled'] === true,
			time:
				typeof reminder['time'] === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(reminder['time'])
					? reminder['time']
					: DEFAULT_SETTINGS.reminder.time
		},
		shareOutcomes: v['shareOutcomes'] === true
	};
}
