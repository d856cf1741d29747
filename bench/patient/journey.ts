/**
 * A patient's journey driven through the real app in Chromium, with the timings the app itself
 * records: `limber:save` (EnrolmentSession.send, one transaction), `limber:start` and
 * `limber:ready` (AppState.start), and `bench:today`, marked by a script this file installs when
 * the Today heading appears; all are read from the page's own performance timeline.
 *
 * The calendar is moved by `SHIFT_DATE` rather than Playwright's clock: `page.clock` replaces
 * `window.performance` with a stub whose `mark` and `measure` record nothing and whose
 * `getEntries*` return [], so no timing could be read while it is installed. The app reads the
 * time only through `Date` (decision 2), which is all `SHIFT_DATE` moves.
 */
import { expect, type CDPSession, type Page } from '@playwright/test';
import { enrol, fillCheckIn } from '../../tests/e2e/support/patient-app.js';

/** Monday 23 March 2026, 09:00 in London: Day 1. */
const FIRST_MORNING = Date.parse('2026-03-23T09:00:00Z');
const DAY_MS = 24 * 60 * 60 * 1000;
const OFFSET_KEY = 'bench:date-offset';

/** 09:00 (GMT) on the patient's Day N (Day 1 is the day they start). */
export function morningOf(day: number): number {
	return FIRST_MORNING + (day - 1) * DAY_MS;
}

/**
 * Runs in the page before the app: `Date` runs ahead of the real time by the offset kept in
 * sessionStorage (set by `setDate`), so the tab lives on the benchmark's calendar. A string, not
 * a function: tsx would add helpers (`__name`) that do not exist in the page.
 */
const SHIFT_DATE = `{
	const offset = Number(sessionStorage.getItem(${JSON.stringify(OFFSET_KEY)}) ?? '0');
	const Real = Date;
	globalThis.Date = class extends Real {
		constructor(...args) {
			if (args.length === 0) super(Real.now() + offset);
			else super(...args);
		}
		static now() {
			return Real.now() + offset;
		}
	};
}`;

/** Runs in the page before the app: marks `bench:today` once Today's "Day N" heading is shown. */
const MARK_TODAY_HEADING = `{
	const observer = new MutationObserver(() => {
		if (document.querySelector('main h1') === null) return;
		performance.mark('bench:today');
		observer.disconnect();
	});
	observer.observe(document, { childList: true, subtree: true });
}`;

/** Puts the tab's calendar at `time` from its next page load on. */
export async function setDate(page: Page, time: number): Promise<void> {
	await page.evaluate(([key, offset]) => sessionStorage.setItem(key, String(offset)), [
		OFFSET_KEY,
		time - Date.now()
	] as const);
}

/** Sets the CPU slowdown of the page (1 = none). */
export async function throttle(cdp: CDPSession, rate: number): Promise<void> {
	await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/**
 * Day 1: puts the calendar on Day 1, enrols (onboarding in Leeds, low back pain, no red flags)
 * and waits until the service worker controls the page, as on a patient's next visit.
 */
export async function startJourney(page: Page): Promise<void> {
	await page.addInitScript({ content: MARK_TODAY_HEADING });
	await page.addInitScript({ content: SHIFT_DATE });
	// Any page of the app, so that the tab has the app's sessionStorage to keep the date in.
	await page.goto('/help');
	await setDate(page, morningOf(1));
	await enrol(page);
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	const isControlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
	if (!(await isControlled())) await page.reload();
	await expect.poll(isControlled).toBe(true);
}

/**
 * The morning of Day N: opens the check-in, answers it (pain, how they feel, "No" to every
 * red-flag question), and saves it at `rate` x CPU slowdown. Returns how long the save took
 * (`limber:save` of the check-in), or undefined when there is no check-in that day (the plan
 * has finished).
 */
export async function checkInOn(
	page: Page,
	cdp: CDPSession,
	input: { day: number; pain: number; rate: number }
): Promise<number | undefined> {
	await setDate(page, morningOf(input.day));
	await page.goto('/checkin');
	const save = page.getByRole('button', { name: 'Save my check-in' });
	const none = page.getByText('There is no check-in today.');
	await expect(save.or(none)).toBeVisible();
	if (await none.isVisible()) return undefined;
	await fillCheckIn(page, { pain: input.pain, feel: 'Better' });
	await throttle(cdp, input.rate);
	try {
		await save.click();
		await page.waitForURL(/\/today$/);
	} finally {
		await throttle(cdp, 1);
	}
	const durations = await page.evaluate(() =>
		performance
			.getEntriesByName('limber:save')
			.filter((entry) => {
				const detail = (entry as PerformanceMeasure).detail as unknown;
				return Array.isArray(detail) && detail.includes('checkin.submitted');
			})
			.map((entry) => entry.duration)
	);
	if (durations.length !== 1) {
		throw new Error(`Expected one check-in save on Day ${input.day}, found ${durations.length}`);
	}
	return durations[0];
}

/** Timings of one page load, in ms from the start of the navigation. */
export interface LoadTiming {
	/** The app starts reading its database (AppState.start). */
	readonly start: number;
	/** Settings and the enrolment are loaded, the day caught up (status "ready"). */
	readonly ready: number;
	/** Today's heading is on the screen. */
	readonly today: number;
}

/** Opens Today at `rate` x CPU slowdown and reads the app's marks. */
export async function loadToday(page: Page, cdp: CDPSession, rate: number): Promise<LoadTiming> {
	await throttle(cdp, rate);
	try {
		await page.goto('/today');
		await page.waitForFunction(() => performance.getEntriesByName('bench:today').length > 0);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Day \d+$/);
	} finally {
		await throttle(cdp, 1);
	}
	// No named functions inside page.evaluate: tsx would wrap them in a helper the page lacks.
	const [start, ready, today] = await page.evaluate(() =>
		['limber:start', 'limber:ready', 'bench:today'].map(
			(name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN
		)
	);
	if (start === undefined || ready === undefined || today === undefined || Number.isNaN(today)) {
		throw new Error('The page did not record limber:start, limber:ready and bench:today');
	}
	return { start, ready, today };
}

/** What the phone's database holds for the patient, read with IndexedDB directly. */
export interface StoredEnrolment {
	readonly events: number;
	readonly snapshotBytes: number;
	/** The stored snapshot's state; `bench:damaged` after `damageSnapshot`. */
	readonly state: string;
}

/** Reads the size of the event log and of the snapshot. */
export function readStoredEnrolment(page: Page): Promise<StoredEnrolment> {
	return page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('limber');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error ?? new Error('open failed'));
		});
		try {
			const tx = db.transaction(['events', 'snapshots'], 'readonly');
			const [events, rows] = await Promise.all(
				[tx.objectStore('events').count(), tx.objectStore('snapshots').getAll()].map(
					(request: IDBRequest) =>
						new Promise<unknown>((resolve, reject) => {
							request.onsuccess = () => resolve(request.result);
							request.onerror = () => reject(request.error ?? new Error('read failed'));
						})
				)
			);
			const [row] = rows as { persisted: { snapshot: { value: string } } }[];
			if (row === undefined) throw new Error('no snapshot stored');
			return {
				events: events as number,
				snapshotBytes: JSON.stringify(row.persisted).length,
				state: row.persisted.snapshot.value
			};
		} finally {
			db.close();
		}
	});
}

/**
 * Damages the stored snapshot (an unknown state), as a crash or a bad upgrade might: the app must
 * rebuild the enrolment by replaying the event log.
 */
export function damageSnapshot(page: Page): Promise<void> {
	return page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('limber');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error ?? new Error('open failed'));
		});
		try {
			const tx = db.transaction('snapshots', 'readwrite');
			const store = tx.objectStore('snapshots');
			const rows = await new Promise<unknown[]>((resolve, reject) => {
				const request = store.getAll();
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error ?? new Error('read failed'));
			});
			for (const row of rows as { persisted: { snapshot: { value: string } } }[]) {
				row.persisted.snapshot.value = 'bench:damaged';
				store.put(row);
			}
			await new Promise<void>((resolve, reject) => {
				tx.oncomplete = () => resolve();
				tx.onerror = () => reject(tx.error ?? new Error('write failed'));
			});
		} finally {
			db.close();
		}
	});
}
