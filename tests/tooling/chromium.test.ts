import { afterEach, describe, expect, it, vi } from 'vitest';
import { findChromium } from '../setup/chromium.js';

describe('findChromium', () => {
	afterEach(() => {
		vi.unstubAllEnvs();
	});

	it('uses LIMBER_CHROMIUM when it names an existing file', () => {
		vi.stubEnv('LIMBER_CHROMIUM', process.execPath);
		expect(findChromium()).toBe(process.execPath);
	});

	it('falls back to CHROMIUM_PATH', () => {
		vi.stubEnv('LIMBER_CHROMIUM', '');
		vi.stubEnv('CHROMIUM_PATH', process.execPath);
		expect(findChromium()).toBe(process.execPath);
	});

	it('refuses a LIMBER_CHROMIUM that points nowhere, naming the variable', () => {
		vi.stubEnv('LIMBER_CHROMIUM', '/nonexistent/chromium');
		expect(() => findChromium()).toThrow(/LIMBER_CHROMIUM is set to \/nonexistent\/chromium/);
	});
});
