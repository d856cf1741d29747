/**
 * Finds the Chromium that Playwright drives. Limber tests use the system (Debian) Chromium
 * rather than Playwright's downloaded browsers, so they run on machines without access to the
 * Playwright CDN and pick up the distribution's security updates.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Where Debian and Ubuntu install Chromium, in the order we try them. */
const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * The path of a Chromium executable: `$LIMBER_CHROMIUM` or `$CHROMIUM_PATH` if set, else the
 * system Chromium. As root (CI containers) a missing Chromium is installed with apt-get.
 * @throws Error with the fix when there is no Chromium and it cannot be installed here
 */
export function findChromium(): string {
	for (const name of ['LIMBER_CHROMIUM', 'CHROMIUM_PATH'] as const) {
		const path = process.env[name];
		if (!path) continue;
		if (!existsSync(path))
			throw new Error(`${name} is set to ${path}, but there is no file there.`);
		return path;
	}

	const found = SYSTEM_PATHS.find((path) => existsSync(path));
	if (found) return found;

	if (process.getuid?.() === 0) {
		installChromiumWithApt();
		const installed = SYSTEM_PATHS.find((path) => existsSync(path));
		if (installed) return installed;
	}

	throw new Error(
		'Chromium was not found. Install it with `sudo apt-get install chromium`, or set ' +
			'LIMBER_CHROMIUM to the path of a Chromium or Chrome executable.'
	);
}

/** Installs Debian's chromium package, refreshing the package lists only if the first try fails. */
function installChromiumWithApt(): void {
	const install = () =>
		execFileSync('apt-get', ['install', '-y', 'chromium'], {
			stdio: 'inherit',
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
		});
	console.log('Chromium is missing; installing it with apt-get (running as root)...');
	try {
		install();
	} catch {
		execFileSync('apt-get', ['update'], { stdio: 'inherit' });
		install();
	}
}
