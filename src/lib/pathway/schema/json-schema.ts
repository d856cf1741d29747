/**
 * JSON Schemas for editors, generated from the Zod schemas so that VS Code's completion and hover
 * help can never drift from what the loader accepts. `limber schema write` writes them to
 * `pathways/schema/`; a test fails when the committed files are stale.
 *
 * Draft-07 is used because VS Code's JSON language service supports it completely.
 */
import { z } from 'zod';
import { LOCAL_CODE_PATTERN, MEASURE_CODES, RED_FLAG_CODES } from '../../shared/vocabulary.js';
import { ItemCodeSchema } from './common-schema.js';
import { LocalitySchema } from './locality-schema.js';
import { PathwayFileSchema, PathwaySchema } from './pathway-schema.js';
import { QuestionnaireSchema } from './questionnaire-schema.js';
import { ScenarioSchema } from './scenario-schema.js';

/** Each generated file, by name, and the schema it is made from. */
export const JSON_SCHEMA_SOURCES = {
	'pathway.schema.json': PathwaySchema,
	'pathway-file.schema.json': PathwayFileSchema,
	'questionnaire.schema.json': QuestionnaireSchema,
	'locality.schema.json': LocalitySchema,
	'scenario.schema.json': ScenarioSchema
} as const satisfies Record<string, z.ZodType>;

/** The name of a generated schema file. */
export type JsonSchemaFileName = keyof typeof JSON_SCHEMA_SOURCES;

/** A JSON Schema document. */
export type JsonSchemaDocument = Record<string, unknown>;

/** The JSON Schema (draft-07) of one Zod schema, with descriptions kept. */
export function generateJsonSchema(schema: z.ZodType): JsonSchemaDocument {
	return z.toJSONSchema(schema, {
		target: 'draft-7',
		io: 'input',
		unrepresentable: 'any',
		override(context) {
			// The code check is a refinement, which JSON Schema cannot express; list the fixed codes
			// instead so that the editor can complete them, and accept `local.*` by pattern.
			if (context.zodSchema === ItemCodeSchema) {
				const description = context.jsonSchema.description;
				for (const key of Object.keys(context.jsonSchema)) delete context.jsonSchema[key];
				Object.assign(context.jsonSchema, {
					description,
					anyOf: [
						{ type: 'string', enum: [...RED_FLAG_CODES, ...MEASURE_CODES] },
						{ type: 'string', pattern: LOCAL_CODE_PATTERN.source }
					]
				});
			}
		}
	});
}

/** Every schema file's text: pretty-printed with tabs, ending in a newline. */
export function generateJsonSchemaFiles(): { fileName: JsonSchemaFileName; text: string }[] {
	return Object.entries(JSON_SCHEMA_SOURCES).map(([fileName, schema]) => ({
		fileName: fileName as JsonSchemaFileName,
		text: `${JSON.stringify(generateJsonSchema(schema), null, '\t')}\n`
	}));
}
