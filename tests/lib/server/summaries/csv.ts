/**
 * A strict RFC 4180 reader for tests: quoted fields with doubled quotes, CRLF line ends, and
 * an error (not a guess) for anything else, so a malformed CSV fails the test that reads it.
 */
export function parseCsv(text: string): string[][] {
	if (!text.endsWith('\r\n')) throw new Error('CSV must end with CRLF');
	const rows: string[][] = [];
	let row: string[] = [];
	let index = 0;
	while (index < text.length) {
		let cell = '';
		if (text[index] === '"') {
			index += 1;
			for (;;) {
				const quote = text.indexOf('"', index);
				if (quote === -1) throw new Error('unterminated quoted field');
				cell += text.slice(index, quote);
				index = quote + 1;
				if (text[index] === '"') {
					cell += '"';
					index += 1;
				} else break;
			}
		} else {
			const match = /^[^",\r\n]*/.exec(text.slice(index))![0];
			cell = match;
			index += match.length;
		}
		row.push(cell);
		if (text[index] === ',') {
			index += 1;
		} else if (text.startsWith('\r\n', index)) {
			rows.push(row);
			row = [];
			index += 2;
		} else {
			throw new Error(`unexpected character at ${index}: ${JSON.stringify(text[index])}`);
		}
	}
	const width = rows[0]?.length;
	for (const [number, cells] of rows.entries()) {
		if (cells.length !== width) throw new Error(`row ${number + 1} has ${cells.length} cells`);
	}
	return rows;
}
