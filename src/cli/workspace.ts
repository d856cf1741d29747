/**
 * Loading the files a `pathway check` or `pathway lint` run is about: pathways (with their
 * includes), the locality set, and scenarios with the pathways they are for. Every problem comes
 * back as a located diagnostic; nothing here throws for a bad file.
 */
import { basename, dirname, join } from 'node:path';
import { checkLocalities, type LoadedLocality } from '../lib/pathway/load/check-localities.js';
import { checkPathwayReferences } from '../lib/pathway/load/check-pathway-references.js';
import { checkScenarioReferences } from '../lib/pathway/load/check-scenario-references.js';
import type { Diagnostic, Locate } from '../lib/pathway/load/diagnostic.js';
import { loadLocality } from '../lib/pathway/load/load-locality.js';
import { loadPathway } from '../lib/pathway/load/load-pathway.js';
import { loadQuestionnaire } from '../lib/pathway/load/load-questionnaire.js';
import { loadScenario } from '../lib/pathway/load/load-scenario.js';
import { createReporter } from '../lib/pathway/load/reporter.js';
import { quote } from '../lib/pathway/load/suggest.js';
import type { Pathway } from '../lib/pathway/schema/pathway-schema.js';
import {
	createIncludeReader,
	displayPath,
	readTextFile,
	unreadableFileDiagnostic
} from './files.js';

/** The kinds of file the CLI understands, by the end of their name. */
export const FILE_SUFFIXES = {
	pathway: '.pathway.json',
	locality: '.locality.json',
	scenario: '.scenario.json',
	questionnaire: '.questionnaire.json'
} as const;

/** A kind of file: pathway, locality, scenario or questionnaire. */
export type FileKind = keyof typeof FILE_SUFFIXES;

/** The kind of a file by its name, or undefined. */
export function classifyFile(file: string): FileKind | undefined {
	for (const [kind, suffix] of Object.entries(FILE_SUFFIXES)) {
		if (file.endsWith(suffix)) return kind as FileKind;
	}
	return undefined;
}

/** A pathway that loaded and passed the schema. */
export interface LoadedPathwayFile {
	readonly file: string;
	readonly value: Pathway;
	readonly locate: Locate;
}

/** Everything loaded for one run. */
export interface Workspace {
	/** The pathways asked for that loaded (not those loaded only for a scenario). */
	readonly pathways: LoadedPathwayFile[];
	readonly localities: LoadedLocality[];
	/** Syntax, schema and reference findings for every file loaded. */
	readonly diagnostics: Diagnostic[];
	/** How many files were read. */
	readonly fileCount: number;
}

/** What to load. */
export interface WorkspaceFiles {
	readonly pathways: readonly string[];
	readonly localities: readonly string[];
	readonly scenarios: readonly string[];
	/** Questionnaire files checked on their own (pathways also check those they include). */
	readonly questionnaires: readonly string[];
	/** Where locality files live: named when `national` is missing and there are none. */
	readonly localitiesDir: string;
	/** Where to look for a scenario's pathway that was not given. */
	readonly conditionsDir: string;
	/**
	 * What to find in each requested pathway once it has loaded; reference validation by default
	 * (`pathway lint` passes the linter, which includes it).
	 */
	readonly analyse?: (
		pathway: LoadedPathwayFile,
		localities: readonly LoadedLocality[]
	) => Diagnostic[];
}

/** Loads and reference-checks pathways, localities and scenarios. */
export function loadWorkspace(files: WorkspaceFiles): Workspace {
	const diagnostics: Diagnostic[] = [];
	const read = new Set<string>();

	const localities: LoadedLocality[] = [];
	for (const file of new Set(files.localities.map(displayPath))) {
		read.add(file);
		const text = readTextFile(file);
		if (text === undefined) {
			diagnostics.push(unreadableFileDiagnostic(file));
			continue;
		}
		const result = loadLocality({ file, text });
		if (result.ok) localities.push({ file, value: result.value, locate: result.locate });
		else diagnostics.push(...result.diagnostics);
	}
	diagnostics.push(
		...checkLocalities(localities, { fallbackFile: displayPath(files.localitiesDir) })
	);

	const pathways = new Map<string, LoadedPathwayFile | undefined>();

	// Pathways loaded only because a scenario needs them report load failures, not their findings.
	const loadPathwayFile = (file: string, requested: boolean): LoadedPathwayFile | undefined => {
		const shown = displayPath(file);
		if (pathways.has(shown)) return pathways.get(shown);
		read.add(shown);
		const text = readTextFile(file);
		if (text === undefined) {
			diagnostics.push(unreadableFileDiagnostic(file));
			pathways.set(shown, undefined);
			return undefined;
		}
		const result = loadPathway({ file: shown, text, readInclude: createIncludeReader(file) });
		if (!result.ok) {
			diagnostics.push(...result.diagnostics);
			pathways.set(shown, undefined);
			return undefined;
		}
		const loaded = { file: shown, value: result.value, locate: result.locate };
		for (const include of result.includes) read.add(include.file);
		if (requested) {
			const analyse =
				files.analyse ??
				((pathway) => checkPathwayReferences(pathway.value, pathway.locate, pathway.file));
			diagnostics.push(...analyse(loaded, localities));
			diagnostics.push(
				...checkFileName(shown, result.value.id, FILE_SUFFIXES.pathway, result.locate)
			);
		}
		pathways.set(shown, loaded);
		return loaded;
	};

	const requested = files.pathways.map((file) => loadPathwayFile(file, true));

	const localityIds = localities.map((locality) => locality.value.id);
	for (const file of files.scenarios.map(displayPath)) {
		read.add(file);
		const text = readTextFile(file);
		if (text === undefined) {
			diagnostics.push(unreadableFileDiagnostic(file));
			continue;
		}
		const result = loadScenario({ file, text });
		if (!result.ok) {
			diagnostics.push(...result.diagnostics);
			continue;
		}
		const pathwayId = result.value.pathway ?? basename(file).split('.')[0] ?? '';
		const candidates = [
			...[...pathways.values()]
				.filter((loaded) => loaded?.value.id === pathwayId)
				.map((loaded) => loaded!.file),
			join(files.conditionsDir, `${pathwayId}${FILE_SUFFIXES.pathway}`),
			join(dirname(file), '..', 'conditions', `${pathwayId}${FILE_SUFFIXES.pathway}`)
		];
		const found = candidates.find((candidate) => readTextFile(candidate) !== undefined);
		const reporter = createReporter({ file, locate: result.locate }, 'reference');
		if (found === undefined) {
			reporter.report(
				result.value.pathway === undefined ? [] : ['pathway'],
				`Cannot find pathway ${quote(pathwayId)} for this scenario (looked for ${displayPath(candidates[candidates.length - 2]!)}). Name it in "pathway", or start the file name with the pathway id.`
			);
			diagnostics.push(...reporter.diagnostics);
			continue;
		}
		const pathway = loadPathwayFile(found, false);
		if (pathway === undefined) {
			reporter.report(
				result.value.pathway === undefined ? [] : ['pathway'],
				`Pathway ${quote(pathwayId)} (${displayPath(found)}) has errors, so this scenario cannot be checked against it. Fix the pathway first.`
			);
			diagnostics.push(...reporter.diagnostics);
			continue;
		}
		diagnostics.push(
			...checkScenarioReferences({
				scenario: result.value,
				file,
				locate: result.locate,
				pathway: pathway.value,
				localityIds
			})
		);
	}

	for (const file of files.questionnaires.map(displayPath)) {
		read.add(file);
		const text = readTextFile(file);
		if (text === undefined) {
			diagnostics.push(unreadableFileDiagnostic(file));
			continue;
		}
		const result = loadQuestionnaire({ file, text });
		if (!result.ok) diagnostics.push(...result.diagnostics);
	}

	return {
		pathways: [...new Set(requested)].filter(
			(loaded): loaded is LoadedPathwayFile => loaded !== undefined
		),
		localities,
		// An included questionnaire that is also checked on its own would report twice.
		diagnostics: [
			...new Map(diagnostics.map((diagnostic) => [JSON.stringify(diagnostic), diagnostic])).values()
		],
		fileCount: read.size
	};
}

/** A pathway file is named after its id, so that scenarios and the app can find it. */
function checkFileName(file: string, id: string, suffix: string, locate: Locate): Diagnostic[] {
	const expected = `${id}${suffix}`;
	if (basename(file) === expected) return [];
	const reporter = createReporter({ file, locate }, 'reference', 'warning');
	reporter.report(
		['id'],
		`A pathway file is named after its id: rename this file to ${quote(expected)}, or change the id.`
	);
	return reporter.diagnostics;
}
