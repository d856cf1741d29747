/**
 * Loading a questionnaire kept in its own file (`pathways/questionnaires/*.questionnaire.json`),
 * the way a locality that holds a licence drops in a licensed measure. Pathways pull these in
 * with `{ "include": ... }`; the CLI also checks them on their own.
 */
import { QuestionnaireSchema, type Questionnaire } from '../schema/questionnaire-schema.js';
import { parseJsonDocument } from './json-document.js';
import { validateDocument, type LoadResult } from './load-document.js';

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Parses and checks one questionnaire file. A top-level `$schema` (for editor help) is allowed
 * and is not part of the questionnaire.
 */
export function loadQuestionnaire(input: {
	file: string;
	text: string;
}): LoadResult<Questionnaire> {
	const parsed = parseJsonDocument(input.file, input.text);
	if (!parsed.ok) return parsed;
	const value = parsed.document.value;
	const data = isPlainObject(value) ? withoutSchemaKey(value) : value;
	const checked = validateDocument(QuestionnaireSchema, parsed.document, data);
	if (!checked.ok) return checked;
	return { ok: true, value: checked.value, locate: parsed.document.locate };
}

function withoutSchemaKey(value: Record<string, unknown>): Record<string, unknown> {
	const copy = { ...value };
	delete copy.$schema;
	return copy;
}
