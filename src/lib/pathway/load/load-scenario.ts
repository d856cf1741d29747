/** Loading a scenario file (`pathways/scenarios/<pathway-id>.<name>.scenario.json`). */
import { ScenarioSchema, type Scenario } from '../schema/scenario-schema.js';
import { loadDocument, type LoadResult } from './load-document.js';

/** Parses and checks one scenario file. Checks against its pathway are in `checkScenarioReferences`. */
export function loadScenario(input: { file: string; text: string }): LoadResult<Scenario> {
	return loadDocument(ScenarioSchema, input.file, input.text);
}
