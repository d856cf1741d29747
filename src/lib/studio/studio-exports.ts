/**
 * The files the studio downloads: the pathway JSON (pretty-printed, keys in the schema's order),
 * its questionnaires as a FHIR R4 Bundle (as `limber pathway fhir` prints it) and the Mermaid
 * diagram (as `limber pathway diagram` prints it) and the safety review pack (one standalone
 * printable HTML page, from src/lib/studio/review). Built from text and the validated pathway;
 * nothing is uploaded.
 */
import { renderMermaid } from '../pathway/diagram.js';
import { exportFhirQuestionnaires } from '../pathway/fhir.js';
import { indexPathway } from '../pathway/pathway-index.js';
import type { Pathway } from '../pathway/schema/pathway-schema.js';
import type { Diagnostic } from '../pathway/load/diagnostic.js';
import { formatCanonicalJson, type SchemaNode } from './json-schema-walk.js';
import { buildReviewPack, reviewPackHtml } from './review/review-pack.js';

/** A file ready to download. */
export interface ExportFile {
	readonly fileName: string;
	readonly mimeType: string;
	readonly text: string;
}

/** The result of exporting: the file, or why it cannot be made. */
export type ExportResult = { ok: true; file: ExportFile } | { ok: false; message: string };

/**
 * The pathway file: the editor's JSON with keys in the schema's order. Only the layout and key
 * order change, never a value, so a file exported, opened again and exported is the same file.
 */
export function exportPathwayJson(input: {
	readonly schema: SchemaNode;
	readonly text: string;
	readonly fallbackName: string;
}): ExportResult {
	let value: unknown;
	try {
		value = JSON.parse(input.text);
	} catch {
		return {
			ok: false,
			message:
				'The JSON has a syntax error, so it cannot be downloaded yet. Fix the errors listed under Problems first.'
		};
	}
	const id =
		typeof value === 'object' &&
		value !== null &&
		typeof (value as { id?: unknown }).id === 'string'
			? (value as { id: string }).id
			: undefined;
	return {
		ok: true,
		file: {
			fileName:
				id !== undefined && /^[a-z0-9-]+$/.test(id) ? `${id}.pathway.json` : input.fallbackName,
			mimeType: 'application/json',
			text: formatCanonicalJson(input.schema, value)
		}
	};
}

/** Every questionnaire as a FHIR R4 Questionnaire, in one collection Bundle. */
export function exportFhirBundle(pathway: Pathway): ExportFile {
	const bundle = {
		resourceType: 'Bundle',
		type: 'collection',
		entry: exportFhirQuestionnaires(pathway).map((resource) => ({ resource }))
	};
	return {
		fileName: `${pathway.id}.questionnaires.fhir.json`,
		mimeType: 'application/fhir+json',
		text: `${JSON.stringify(bundle, null, 2)}\n`
	};
}

/** The stage diagram as Mermaid (`stateDiagram-v2`). */
export function exportMermaid(pathway: Pathway): ExportFile {
	return {
		fileName: `${pathway.id}.mmd`,
		mimeType: 'text/plain',
		text: renderMermaid(pathway, indexPathway(pathway))
	};
}

/** The safety review pack as one standalone, printable HTML page. */
export function exportReviewPack(pathway: Pathway, lint: readonly Diagnostic[]): ExportFile {
	return {
		fileName: `${pathway.id}-${pathway.version}.review-pack.html`,
		mimeType: 'text/html',
		text: reviewPackHtml(buildReviewPack({ pathway, lint }))
	};
}
