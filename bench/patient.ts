/**
 * Patient app benchmark (issue B budgets), on a production build served on 127.0.0.1 and driven
 * in the system Chromium:
 *
 * - bytes: JavaScript for the first screen <= 100 KB gzipped, precache <= 1.5 MB raw
 *   (bench/patient/bundle.ts, also checked by tests/build/patient-bundle.test.ts);
 * - saving a check-in (EnrolmentSession.send: one IndexedDB transaction) p95 <= 20 ms with the
 *   CPU slowed 4x (CDP Emulation.setCPUThrottlingRate), over every daily check-in of 90 days;
 * - resuming the 90-day enrolment: a page load of Today, from the start of the navigation to
 *   Today's heading on the screen, median <= 100 ms with the CPU slowed 4x; the same with a
 *   damaged snapshot (rebuilt from the event log) is reported for reference.
 *
 * The 90 days are lived through the app: the page's calendar is moved day by day, the patient
 * checks in every morning (pain falling from 7 to 1, feeling better, no red flags) until the
 * plan finishes, and the app records each day in its event log.
 */
import { chromium } from '@playwright/test';
import { availableParallelism, loadavg } from 'node:os';
import { findChromium } from '../tests/setup/chromium.js';
import { ensurePatientBuild } from './patient/build.js';
import { describeContributors, kb, listPrecache, measureFirstScreen } from './patient/bundle.js';
import {
	checkInOn,
	damageSnapshot,
	loadToday,
	morningOf,
	readStoredEnrolment,
	setDate,
	startJourney,
	type LoadTiming
} from './patient/journey.js';
import { CHROMIUM_FLAGS, findFreePorts, startServer } from './patient/server.js';
import { round, summarize, type Summary } from './patient/stats.js';

const DAYS = 90;
const CPU_THROTTLING = 4;
/** Page loads timed per case, after one untimed load that warms the caches. */
const LOADS = 10;

export const PATIENT_TARGETS = {
	firstScreenGzipBytes: 100_000,
	precacheBytes: 1_500_000,
	saveP95Ms: 20,
	resumeMedianMs: 100
} as const;

export interface PatientBenchResult {
	readonly chromium: string;
	/** Other work on the machine slows every timing: the load average before and after. */
	readonly machine: { readonly cpus: number; readonly loadAverage: readonly number[][] };
	readonly bundle: {
		readonly units: string;
		readonly firstScreen: {
			readonly routes: readonly string[];
			readonly gzipBytes: number;
			readonly rawBytes: number;
			readonly serviceWorkerGzipBytes: number;
			readonly files: number;
			readonly biggest: readonly string[];
		};
		readonly precache: {
			readonly rawBytes: number;
			readonly gzipBytes: number;
			readonly urls: number;
			readonly biggest: readonly string[];
		};
	};
	readonly save: {
		readonly what: string;
		readonly cpuThrottling: number;
		readonly ms: Summary;
		/** The last 30 check-ins: does a save slow down as the history grows? */
		readonly lastThirtyMs: Summary;
	};
	readonly resume: {
		readonly what: string;
		readonly cpuThrottling: number;
		readonly days: number;
		readonly checkIns: number;
		readonly loggedEvents: number;
		readonly snapshotBytes: number;
		readonly navigationToTodayMs: Summary;
		readonly startToReadyMs: Summary;
		readonly rebuildFromLog: {
			readonly navigationToTodayMs: Summary;
			readonly startToReadyMs: Summary;
		};
		readonly withoutThrottling: {
			readonly navigationToTodayMs: Summary;
			readonly startToReadyMs: Summary;
		};
	};
	readonly targets: typeof PATIENT_TARGETS;
	readonly checks: Record<keyof typeof PATIENT_TARGETS, boolean>;
	readonly passed: boolean;
}

/** Pain on Day N: 7 in the first fortnight, one point less each fortnight after, never below 1. */
function painOn(day: number): number {
	return Math.max(1, 7 - Math.floor((day - 1) / 14));
}

/** Runs the patient benchmark for the project at `root`. */
export async function runPatientBench(root: string): Promise<PatientBenchResult> {
	const loadBefore = loadavg();
	const build = await ensurePatientBuild(root);
	console.log(`patient: ${build.reused ? 'reusing' : 'made'} the build in ${build.buildDir}`);
	const first = measureFirstScreen(build);
	const precache = listPrecache(build);

	const [port] = await findFreePorts(1);
	const server = await startServer(build, port ?? 0);
	const browser = await chromium.launch({
		executablePath: findChromium(),
		args: [...CHROMIUM_FLAGS]
	});
	try {
		const context = await browser.newContext({
			baseURL: server.url,
			timezoneId: 'Europe/London',
			locale: 'en-GB'
		});
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await startJourney(page);

		const saves: number[] = [];
		for (let day = 1; day <= DAYS; day++) {
			const ms = await checkInOn(page, cdp, { day, pain: painOn(day), rate: CPU_THROTTLING });
			if (ms !== undefined) saves.push(ms);
			if (day % 10 === 0) console.log(`patient: day ${day}, ${saves.length} check-ins saved`);
		}
		if (saves.length < 50) throw new Error(`Only ${saves.length} check-ins saved; need >= 50`);

		// Later the same day: opening the app adds nothing to the log, so every load is the same.
		await setDate(page, morningOf(DAYS) + 3 * 60 * 60 * 1000);
		const stored = await readStoredEnrolment(page);
		const timeLoads = async (): Promise<LoadTiming[]> => {
			await loadToday(page, cdp, CPU_THROTTLING);
			const timings: LoadTiming[] = [];
			for (let i = 0; i < LOADS; i++) timings.push(await loadToday(page, cdp, CPU_THROTTLING));
			return timings;
		};
		const resumed = await timeLoads();
		// For scale: the same load with the CPU at full speed.
		const fullSpeed: LoadTiming[] = [];
		for (let i = 0; i < LOADS; i++) fullSpeed.push(await loadToday(page, cdp, 1));

		await damageSnapshot(page);
		const rebuilt = await timeLoads();
		const after = await readStoredEnrolment(page);
		if (after.state !== 'bench:damaged') {
			throw new Error(
				'The damaged snapshot was replaced: the loads did not all rebuild from the log'
			);
		}

		const navigation = resumed.map((t) => t.today);
		const saveMs = summarize(saves);
		const navigationMs = summarize(navigation);
		const checks = {
			firstScreenGzipBytes: first.gzipBytes <= PATIENT_TARGETS.firstScreenGzipBytes,
			precacheBytes: precache.bytes <= PATIENT_TARGETS.precacheBytes,
			saveP95Ms: saveMs.p95 <= PATIENT_TARGETS.saveP95Ms,
			resumeMedianMs: navigationMs.median <= PATIENT_TARGETS.resumeMedianMs
		};
		return {
			chromium: browser.version(),
			machine: {
				cpus: availableParallelism(),
				loadAverage: [loadBefore, loadavg()].map((l) => l.map(round))
			},
			bundle: {
				units: '1 KB = 1,000 bytes; gzip level 9 per file; precache counted in raw bytes',
				firstScreen: {
					routes: first.routes,
					gzipBytes: first.gzipBytes,
					rawBytes: first.bytes,
					serviceWorkerGzipBytes: first.serviceWorker.gzipBytes,
					files: first.modules.length + 1,
					biggest: describeContributors(build, first.modules, 5)
				},
				precache: {
					rawBytes: precache.bytes,
					gzipBytes: precache.gzipBytes,
					urls: precache.entries.length,
					biggest: precache.entries.slice(0, 6).map((e) => `${e.url}: ${kb(e.bytes)}`)
				}
			},
			save: {
				what: "EnrolmentSession.send of the day's check-in (one IndexedDB transaction), timed in the page",
				cpuThrottling: CPU_THROTTLING,
				ms: saveMs,
				lastThirtyMs: summarize(saves.slice(-30))
			},
			resume: {
				what: 'Load of Today controlled by the service worker: navigation start to the Today heading',
				cpuThrottling: CPU_THROTTLING,
				days: DAYS,
				checkIns: saves.length,
				loggedEvents: stored.events,
				snapshotBytes: stored.snapshotBytes,
				navigationToTodayMs: navigationMs,
				startToReadyMs: summarize(resumed.map((t) => t.ready - t.start)),
				rebuildFromLog: {
					navigationToTodayMs: summarize(rebuilt.map((t) => t.today)),
					startToReadyMs: summarize(rebuilt.map((t) => t.ready - t.start))
				},
				withoutThrottling: {
					navigationToTodayMs: summarize(fullSpeed.map((t) => t.today)),
					startToReadyMs: summarize(fullSpeed.map((t) => t.ready - t.start))
				}
			},
			targets: PATIENT_TARGETS,
			checks,
			passed: Object.values(checks).every(Boolean)
		};
	} finally {
		await browser.close();
		await server.stop();
	}
}
