/**
 * Turning character offsets into 1-based line and column numbers. Built once per file: the
 * line-start table makes every lookup a binary search.
 */

/** Maps offsets in one text to lines and columns. */
export interface LineIndex {
	/** 1-based line and column of a 0-based offset. */
	positionAt(offset: number): { line: number; col: number };
}

/** Builds the line index of `text`. `\r\n`, `\n` and lone `\r` all end a line. */
export function createLineIndex(text: string): LineIndex {
	const starts = [0];
	for (let index = 0; index < text.length; index++) {
		const char = text[index];
		if (char === '\r' && text[index + 1] === '\n') continue;
		if (char === '\n' || char === '\r') starts.push(index + 1);
	}
	return {
		positionAt(offset) {
			const clamped = Math.max(0, Math.min(offset, text.length));
			let low = 0;
			let high = starts.length - 1;
			while (low < high) {
				const middle = Math.ceil((low + high) / 2);
				if (starts[middle]! <= clamped) low = middle;
				else high = middle - 1;
			}
			return { line: low + 1, col: clamped - starts[low]! + 1 };
		}
	};
}
