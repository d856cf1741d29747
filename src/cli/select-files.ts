/**
 * Which files a `pathway check` or `pathway lint` run covers: the paths given (files or folders,
 * sorted by kind), or the default folders under `pathways/`.
 */
import type { Diagnostic } from '../lib/pathway/load/diagnostic.js';
import { expandPaths, listFiles, unreadableFileDiagnostic } from './files.js';
import { FILE_SUFFIXES, classifyFile, type WorkspaceFiles } from './workspace.js';

/** The default folders, relative to the current folder. */
export const DEFAULT_DIRS = {
	conditions: 'pathways/conditions',
	localities: 'pathways/localities',
	scenarios: 'pathways/scenarios',
	questionnaires: 'pathways/questionnaires'
} as const;

/**
 * The files to load. With no paths: every pathway (and, when `includeAllKinds`, every locality
 * and scenario) in the default folders. Localities are always the whole locality folder plus any
 * given, because signpost checks need the full set.
 */
export async function selectFiles(options: {
	paths: readonly string[];
	localitiesDir?: string;
	includeAllKinds: boolean;
}): Promise<{ files: WorkspaceFiles; diagnostics: Diagnostic[] }> {
	const localitiesDir = options.localitiesDir ?? DEFAULT_DIRS.localities;
	const localitySet = await listFiles(localitiesDir, FILE_SUFFIXES.locality);
	const base = { localitiesDir, conditionsDir: DEFAULT_DIRS.conditions };
	if (options.paths.length === 0) {
		return {
			files: {
				...base,
				pathways: await listFiles(DEFAULT_DIRS.conditions, FILE_SUFFIXES.pathway),
				localities: localitySet,
				scenarios: options.includeAllKinds
					? await listFiles(DEFAULT_DIRS.scenarios, FILE_SUFFIXES.scenario)
					: [],
				questionnaires: options.includeAllKinds
					? await listFiles(DEFAULT_DIRS.questionnaires, FILE_SUFFIXES.questionnaire)
					: []
			},
			diagnostics: []
		};
	}
	const expanded = await expandPaths(options.paths, Object.values(FILE_SUFFIXES));
	const diagnostics = [...expanded.diagnostics];
	const byKind: Record<keyof typeof FILE_SUFFIXES, string[]> = {
		pathway: [],
		locality: [],
		scenario: [],
		questionnaire: []
	};
	for (const file of expanded.files) {
		const kind = classifyFile(file);
		if (kind === undefined) {
			diagnostics.push(
				unreadableFileDiagnostic(
					file,
					`Not a file limber knows: name pathway files *${FILE_SUFFIXES.pathway}, localities *${FILE_SUFFIXES.locality}, scenarios *${FILE_SUFFIXES.scenario} and questionnaires *${FILE_SUFFIXES.questionnaire}.`
				)
			);
			continue;
		}
		byKind[kind].push(file);
	}
	return {
		files: {
			...base,
			pathways: byKind.pathway,
			localities: [...new Set([...localitySet, ...byKind.locality])],
			scenarios: byKind.scenario,
			questionnaires: byKind.questionnaire
		},
		diagnostics
	};
}
