/** Loading a locality file (`pathways/localities/<id>.locality.json`). */
import { LocalitySchema, type Locality } from '../schema/locality-schema.js';
import { loadDocument, type LoadResult } from './load-document.js';

/** Parses and checks one locality file. Cross-file checks are in `checkLocalities`. */
export function loadLocality(input: { file: string; text: string }): LoadResult<Locality> {
	return loadDocument(LocalitySchema, input.file, input.text);
}
