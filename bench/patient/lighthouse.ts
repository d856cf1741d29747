/**
 * Lighthouse on the Today screen of an enrolled patient (issue B): mobile preset (Lighthouse's
 * default form factor, screen and simulated throttling), categories performance, accessibility
 * and best practices, in the system Chromium. Targets: performance >= 95, accessibility 100,
 * best practices 100.
 *
 * Lighthouse clears the site's storage before it loads a page; with `disableStorageReset` it
 * keeps it, so the patient is enrolled first in a Chromium profile this file prepares (onboarding
 * and the entry safety screen driven by Playwright), and Lighthouse then runs in a Chromium
 * started by chrome-launcher on that same profile. The service worker installed by the first
 * visit serves the page, as it does for a patient opening the app again.
 */
import { chromium } from '@playwright/test';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { enrol } from '../../tests/e2e/support/patient-app.js';
import { findChromium } from '../../tests/setup/chromium.js';
import { ensurePatientBuild } from './build.js';
import { CHROMIUM_FLAGS, findFreePorts, startServer } from './server.js';

/** Lighthouse runs; the run with the median performance score is reported. */
const RUNS = 3;

export const LIGHTHOUSE_TARGETS = {
	performance: 95,
	accessibility: 100,
	'best-practices': 100
} as const;

type Category = keyof typeof LIGHTHOUSE_TARGETS;
const CATEGORIES = Object.keys(LIGHTHOUSE_TARGETS) as Category[];

/** The metrics reported (Lighthouse audit ids), in milliseconds except CLS. */
const METRICS = [
	'first-contentful-paint',
	'largest-contentful-paint',
	'total-blocking-time',
	'cumulative-layout-shift',
	'speed-index',
	'interactive',
	'max-potential-fid'
] as const;

export interface FailingAudit {
	readonly category: Category;
	readonly id: string;
	readonly title: string;
	readonly score: number | null;
	readonly weight: number;
	readonly displayValue?: string;
	/** A few of the items behind the failure (selectors, URLs), when Lighthouse lists them. */
	readonly items?: readonly string[];
}

export interface LighthouseBenchResult {
	readonly lighthouse: string;
	readonly chromium: string;
	readonly url: string;
	readonly formFactor: string;
	readonly throttling: string;
	readonly runs: number;
	readonly scores: Record<Category, number>;
	/** Every run's scores, in run order. */
	readonly allRuns: readonly Record<Category, number>[];
	readonly metrics: Record<(typeof METRICS)[number], number | undefined>;
	/** Audits below a full score in the reported run (informative and manual ones left out). */
	readonly failingAudits: readonly FailingAudit[];
	readonly runWarnings: readonly string[];
	readonly targets: typeof LIGHTHOUSE_TARGETS;
	readonly passed: boolean;
}

/** Runs Lighthouse on Today for the project at `root`. */
export async function runLighthouseBench(root: string): Promise<LighthouseBenchResult> {
	const build = await ensurePatientBuild(root);
	const [serverPort, chromePort] = await findFreePorts(2);
	const server = await startServer(build, serverPort ?? 0);
	const profile = mkdtempSync(join(tmpdir(), 'limber-lighthouse-'));
	try {
		await enrolInProfile({ profile, baseURL: server.url });
		const url = `${server.url}/today`;
		const chrome = await launch({
			chromePath: findChromium(),
			chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
			port: chromePort ?? 0,
			userDataDir: profile,
			logLevel: 'error'
		});
		try {
			const results = [];
			for (let run = 0; run < RUNS; run++) {
				const result = await lighthouse(url, {
					port: chrome.port,
					output: 'json',
					logLevel: 'error',
					onlyCategories: CATEGORIES,
					disableStorageReset: true
				});
				if (result === undefined) throw new Error('Lighthouse returned no result');
				// Without the enrolment the app would have sent Lighthouse on to onboarding.
				if (new URL(result.lhr.finalDisplayedUrl).pathname !== '/today') {
					throw new Error(`Lighthouse ended on ${result.lhr.finalDisplayedUrl}, not Today`);
				}
				results.push(result.lhr);
				console.log(`lighthouse: run ${run + 1}: ${JSON.stringify(scoresOf(result.lhr))}`);
			}
			return summarizeRuns(results, url);
		} finally {
			chrome.kill();
		}
	} finally {
		await server.stop();
		rmSync(profile, { recursive: true, force: true });
	}
}

/**
 * Enrols a patient (Leeds, low back pain, no red flags) in a Chromium profile and waits until
 * the service worker controls Today, then closes the browser so the profile is on disk.
 */
async function enrolInProfile(input: { profile: string; baseURL: string }): Promise<void> {
	const context = await chromium.launchPersistentContext(input.profile, {
		executablePath: findChromium(),
		args: [...CHROMIUM_FLAGS],
		baseURL: input.baseURL,
		locale: 'en-GB'
	});
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		await enrol(page);
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
		});
		await page.reload();
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	} finally {
		await context.close();
	}
}

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

function scoresOf(lhr: Lhr): Record<Category, number> {
	const scores = {} as Record<Category, number>;
	for (const id of CATEGORIES) scores[id] = Math.round((lhr.categories[id]?.score ?? 0) * 100);
	return scores;
}

function summarizeRuns(runs: readonly Lhr[], url: string): LighthouseBenchResult {
	const sorted = [...runs].sort(
		(a, b) => (a.categories['performance']?.score ?? 0) - (b.categories['performance']?.score ?? 0)
	);
	const lhr = sorted[Math.floor(sorted.length / 2)];
	if (lhr === undefined) throw new Error('No Lighthouse runs');
	const scores = scoresOf(lhr);
	const metrics = {} as LighthouseBenchResult['metrics'];
	for (const id of METRICS) {
		const value = lhr.audits[id]?.numericValue;
		metrics[id] = value === undefined ? undefined : Math.round(value * 1000) / 1000;
	}
	const { throttling, formFactor } = lhr.configSettings;
	return {
		lighthouse: lhr.lighthouseVersion,
		chromium: lhr.environment.hostUserAgent,
		url,
		formFactor,
		throttling:
			`${lhr.configSettings.throttlingMethod}: ${throttling.rttMs} ms RTT, ` +
			`${throttling.throughputKbps} kbps, ${throttling.cpuSlowdownMultiplier}x CPU`,
		runs: runs.length,
		scores,
		allRuns: runs.map(scoresOf),
		metrics,
		failingAudits: findFailingAudits(lhr),
		runWarnings: lhr.runWarnings,
		targets: LIGHTHOUSE_TARGETS,
		passed: CATEGORIES.every((id) => scores[id] >= LIGHTHOUSE_TARGETS[id])
	};
}

function findFailingAudits(lhr: Lhr): FailingAudit[] {
	const failing: FailingAudit[] = [];
	for (const category of CATEGORIES) {
		for (const ref of lhr.categories[category]?.auditRefs ?? []) {
			const audit = lhr.audits[ref.id];
			if (audit === undefined || audit.score === null || audit.score >= 1) continue;
			if (['informative', 'manual', 'notApplicable'].includes(audit.scoreDisplayMode)) continue;
			const items = listItems(audit.details);
			failing.push({
				category,
				id: audit.id,
				title: audit.title,
				score: audit.score,
				weight: ref.weight,
				...(audit.displayValue === undefined ? {} : { displayValue: audit.displayValue }),
				...(items.length === 0 ? {} : { items })
			});
		}
	}
	return failing;
}

/** Up to five items of an audit's details: a node's selector, a URL, or a description. */
function listItems(details: unknown): string[] {
	const items = (details as { items?: unknown[] } | undefined)?.items;
	if (!Array.isArray(items)) return [];
	return items.slice(0, 5).map((item) => {
		const row = item as Record<string, unknown>;
		const node = row['node'] as { selector?: string; snippet?: string } | undefined;
		const text = node?.selector ?? row['url'] ?? row['source'] ?? row['description'];
		return typeof text === 'string' ? text : JSON.stringify(row).slice(0, 200);
	});
}
