/**
 * The one app state of the page, wired to the patient database and the shipped content. Import
 * this only from routes and components (browser code), never from tests: tests build their own
 * `AppState` with test content.
 */
import { areas, loadLocalities, loadPathway, summaries } from 'virtual:limber/pathways';
import { createDatabase } from '../db/database.js';
import { AppState } from './app.svelte.js';

export const app = new AppState(createDatabase(), {
	summaries,
	areas,
	loadLocalities,
	loadPathway
});
