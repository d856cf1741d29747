/**
 * Resolving a path written inside a file (an include) against that file's own path, with plain
 * string operations: this module runs in the browser studio too, where there is no `node:path`.
 */

/** The folder part of a forward-slash path (`a/b/c.json` gives `a/b`), or '' for a bare name. */
export function dirnameOf(file: string): string {
	const normalised = file.replaceAll('\\', '/');
	const slash = normalised.lastIndexOf('/');
	return slash === -1 ? '' : normalised.slice(0, slash);
}

/** `relative` resolved against the folder of `fromFile`, normalised (`.` and `..` removed). */
export function resolveRelativePath(fromFile: string, relative: string): string {
	const normalised = relative.replaceAll('\\', '/');
	const isAbsolute = normalised.startsWith('/');
	const base = isAbsolute ? '' : dirnameOf(fromFile);
	const parts: string[] = [];
	const leadingSlash = isAbsolute || base.startsWith('/');
	for (const part of `${base}/${normalised}`.split('/')) {
		if (part === '' || part === '.') continue;
		if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
		else if (part === '..' && leadingSlash) continue;
		else parts.push(part);
	}
	return (leadingSlash ? '/' : '') + parts.join('/');
}
