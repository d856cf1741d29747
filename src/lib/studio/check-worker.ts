/**
 * The studio's checker, off the main thread: loading and linting a 3,000-line pathway takes
 * 50-200 ms on a slow machine, which would make every keystroke stutter. The page posts the text;
 * the worker answers with the diagnostics and the validated pathway (for the diagram).
 */
/// <reference lib="webworker" />
import {
	checkPathwayText,
	type CheckPathwayTextInput,
	type PathwayCheck
} from './check-pathway-text.js';

/** A request: the check's input with a number to match the answer to it. */
export interface CheckRequest extends CheckPathwayTextInput {
	readonly id: number;
}

/** The answer to one request. */
export interface CheckResponse extends PathwayCheck {
	readonly id: number;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener('message', (event: MessageEvent<CheckRequest>) => {
	const { id, ...input } = event.data;
	const response: CheckResponse = { id, ...checkPathwayText(input) };
	scope.postMessage(response);
});
