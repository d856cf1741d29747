/** Pathway text is written with blank lines between paragraphs; this splits it for display. */
export function splitParagraphs(text: string): string[] {
	return text
		.split(/\r?\n\s*\r?\n/)
		.map((paragraph) => paragraph.trim())
		.filter((paragraph) => paragraph.length > 0);
}
