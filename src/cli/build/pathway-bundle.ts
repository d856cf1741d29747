/**
 * Build-time compile of the shipped content (architecture.md decision 9): loads every pathway,
 * locality and scenario under `pathways/`, runs the same checks and lint rules as
 * `limber pathway lint`, and returns the compact bundle the app ships, or the located errors
 * that must fail the build.
 */
import { join } from 'node:path';
import { compilePathway } from '../../lib/pathway/compile.js';
import { hasErrors, sortDiagnostics, type Diagnostic } from '../../lib/pathway/load/diagnostic.js';
import { lintPathway } from '../../lib/pathway/lint/lint-pathway.js';
import type { Locality } from '../../lib/pathway/schema/locality-schema.js';
import type { Pathway } from '../../lib/pathway/schema/pathway-schema.js';
import type { PathwaySummary } from '../../lib/shared/pathway-bundle.js';
import { LOCALES } from '../../lib/shared/vocabulary.js';
import { listFiles } from '../files.js';
import { formatLintLine } from '../format-diagnostics.js';
import { FILE_SUFFIXES, loadWorkspace } from '../workspace.js';

export interface PathwayBundle {
	readonly summaries: PathwaySummary[];
	/** Active pathways by id, stripped of editor-only fields. */
	readonly pathways: Record<string, Pathway>;
	readonly localities: Locality[];
	/** Every file read, for the dev server to watch. */
	readonly files: string[];
}

export type PathwayBundleResult =
	| { ok: true; bundle: PathwayBundle; warnings: Diagnostic[] }
	| { ok: false; errors: Diagnostic[] };

/** Loads, checks, lints and compiles everything under `<root>/pathways`. */
export async function buildPathwayBundle(options: { root: string; today: string }): Promise<PathwayBundleResult> {
	const dir = (name: string) => join(options.root, 'pathways', name);
	const files = {
		pathways: await listFiles(dir('conditions'), FILE_SUFFIXES.pathway),
		localities: await listFiles(dir('localities'), FILE_SUFFIXES.locality),
		scenarios: await listFiles(dir('scenarios'), FILE_SUFFIXES.scenario),
		questionnaires: await listFiles(dir('questionnaires'), FILE_SUFFIXES.questionnaire),
		localitiesDir: dir('localities'),
		conditionsDir: dir('conditions')
	};
	const workspace = loadWorkspace({
		...files,
		analyse: (loaded, localities) => {
			const findings = lintPathway({
				pathway: loaded.value,
				file: loaded.file,
				locate: loaded.locate,
				localities: localities.map((l) => l.value),
				today: options.today
			});
			const compiled = compilePathway(loaded.value);
			if (!compiled.ok) {
				for (const error of compiled.errors) {
					const at = loaded.locate(error.path);
					findings.push({
						file: at.file ?? loaded.file,
						line: at.line,
						col: at.col,
						path: error.path.join('.'),
						rule: 'compile',
						severity: 'error',
						message: error.message
					});
				}
			}
			return findings;
		}
	});
	const diagnostics = sortDiagnostics(workspace.diagnostics);
	if (hasErrors(diagnostics) || workspace.pathways.length === 0) {
		const errors = diagnostics.filter((d) => d.severity === 'error');
		return {
			ok: false,
			errors:
				errors.length > 0
					? errors
					: [{ file: files.conditionsDir, line: 1, col: 1, path: '', rule: 'io', severity: 'error', message: 'No pathway files found.' }]
		};
	}
	const active = workspace.pathways.map((p) => p.value).filter((p) => p.status === 'active');
	return {
		ok: true,
		warnings: diagnostics.filter((d) => d.severity !== 'error'),
		bundle: {
			summaries: active.map(summarise),
			pathways: Object.fromEntries(active.map((p) => [p.id, compact(p)])),
			localities: workspace.localities.map((l) => compactLocality(l.value)),
			files: [...files.pathways, ...files.localities, ...files.scenarios, ...files.questionnaires]
		}
	};
}

/** Located errors as the build prints them. */
export function formatBundleErrors(errors: readonly Diagnostic[]): string {
	return [
		`The pathways have ${errors.length} error${errors.length === 1 ? '' : 's'}; fix them to build the app:`,
		...errors.map(formatLintLine)
	].join('\n');
}

function summarise(pathway: Pathway): PathwaySummary {
	const text = (key: string) =>
		Object.fromEntries(
			LOCALES.flatMap((locale) => {
				const value = pathway.strings[locale]?.[key];
				return value === undefined ? [] : [[locale, value]];
			})
		) as PathwaySummary['title'];
	return {
		id: pathway.id,
		version: pathway.version,
		condition: pathway.condition,
		title: text(pathway.title),
		summary: text(pathway.summary),
		locales: Object.fromEntries(
			Object.entries(pathway.locales).map(([locale, info]) => [locale, info.status])
		)
	};
}

function compact(pathway: Pathway): Pathway {
	// `$schema` helps editors only; everything else (rationale, sources) is kept because the
	// enrolment pins the full validated pathway and the studio shows it.
	return withoutSchemaKey(pathway);
}

function compactLocality(locality: Locality): Locality {
	return withoutSchemaKey(locality);
}

function withoutSchemaKey<T extends { $schema?: string }>(value: T): T {
	const copy = { ...value };
	delete copy.$schema;
	return copy;
}
