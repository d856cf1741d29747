/**
 * The VS Code workspace settings that attach the generated JSON Schemas to pathway files, merged
 * into an existing `.vscode/settings.json` without disturbing its other settings or comments.
 */
import { applyEdits, modify, parse, type ParseError } from 'jsonc-parser';

/** Which files each schema describes, as VS Code `json.schemas` entries. */
export const JSON_SCHEMA_ASSOCIATIONS = [
	{
		fileMatch: ['pathways/conditions/*.pathway.json'],
		url: './pathways/schema/pathway-file.schema.json'
	},
	{
		fileMatch: ['pathways/localities/*.locality.json'],
		url: './pathways/schema/locality.schema.json'
	},
	{
		fileMatch: ['pathways/scenarios/*.scenario.json'],
		url: './pathways/schema/scenario.schema.json'
	},
	{
		fileMatch: ['pathways/questionnaires/*.questionnaire.json'],
		url: './pathways/schema/questionnaire.schema.json'
	}
] as const;

/**
 * The settings text with `json.schemas` set to our associations. Existing text (which VS Code
 * allows to contain comments) is edited in place; `undefined` starts a new file.
 */
export function mergeVsCodeSettings(
	existing: string | undefined
): { ok: true; text: string } | { ok: false; message: string } {
	const base = existing === undefined || existing.trim() === '' ? '{}\n' : existing;
	const errors: ParseError[] = [];
	const current: unknown = parse(base, errors, { allowTrailingComma: true });
	if (
		errors.length > 0 ||
		typeof current !== 'object' ||
		current === null ||
		Array.isArray(current)
	) {
		return {
			ok: false,
			message: 'The existing .vscode/settings.json is not a JSON object; fix it by hand first.'
		};
	}
	const edits = modify(base, ['json.schemas'], JSON_SCHEMA_ASSOCIATIONS, {
		formattingOptions: { insertSpaces: false, tabSize: 1, eol: '\n' }
	});
	// Put one-entry lists on one line, as Prettier formats them, so `npm run lint` stays clean.
	const text = applyEdits(base, edits).replace(/\[\s*\n\s*("[^"\n]*")\s*\n\s*\]/g, '[$1]');
	return { ok: true, text: text.endsWith('\n') ? text : `${text}\n` };
}
