/** Saves text as a file the patient downloads (their data copy, a calendar reminder). */
export function downloadText(input: { name: string; type: string; text: string }): void {
	const url = URL.createObjectURL(new Blob([input.text], { type: input.type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = input.name;
	document.body.append(link);
	link.click();
	link.remove();
	URL.revokeObjectURL(url);
}
