/**
 * The patient app's state: settings, the active enrolment session, and storage notices. One
 * instance per page; routes and components read it and call its named actions.
 */
import type { Locality } from '../../pathway/schema/locality-schema.js';
import type { LimberDatabase } from '../db/database.js';
import { findActiveEnrolment } from '../db/active-enrolment.js';
import type { EnrolmentRow, ReferralSource } from '../db/rows.js';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, type Settings } from '../db/settings.js';
import type { SharingAnswers } from '../db/sharing-rows.js';
import type { StorageResult } from '../db/storage-error.js';
import type { OutboxScheduler } from '../sync/scheduler.js';
import { i18n } from '../i18n/i18n.svelte.js';
import { msUntilNextLocalMidnight, toLocalDate } from './calendar.js';
import type { Catalogue } from './catalogue.js';
import type { EnrolmentSession } from './session.svelte.js';

/** What the patient chose at onboarding. */
export interface OnboardingChoices {
	readonly pathwayId: string;
	readonly localityId: string;
	readonly postcodeDistrict?: string;
	readonly referral: ReferralSource;
	readonly onWaitingList: boolean;
	/** The patient opted in to sharing with these answers (undefined: not sharing). */
	readonly share?: SharingAnswers;
}

export type Persistence = 'granted' | 'not-granted' | 'unsupported' | 'unknown';

export class AppState {
	readonly db: LimberDatabase;
	readonly catalogue: Catalogue;
	readonly #now: () => Date;
	#timers: ReturnType<typeof setTimeout>[] = [];
	#sync: OutboxScheduler | undefined;

	status = $state<'starting' | 'ready' | 'failed'>('starting');
	failure = $state<string | undefined>();
	settings = $state.raw<Settings>(DEFAULT_SETTINGS);
	session = $state.raw<EnrolmentSession | undefined>();
	/** Another tab is blocking an upgrade, or upgraded the database under this one. */
	storageNotice = $state<'blocked' | 'other-tab-updated' | undefined>();
	/** Full locality data (services), loaded once the patient has an enrolment. */
	localities = $state.raw<readonly Locality[]>([]);
	/** Whether the browser agreed to keep Limber's data (navigator.storage.persist). */
	persistence = $state<Persistence>('unknown');

	// The clock is read, not kept: a plain Date is right here (no reactive date needed).
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	constructor(db: LimberDatabase, catalogue: Catalogue, now: () => Date = () => new Date()) {
		this.db = db;
		this.catalogue = catalogue;
		this.#now = now;
		db.on('blocked', () => {
			this.storageNotice = 'blocked';
		});
		db.on('versionchange', () => {
			// Let the other tab's upgrade go ahead; this tab must reload to use the new version.
			db.close();
			this.storageNotice = 'other-tab-updated';
		});
		db.on('ready', () => {
			if (this.storageNotice === 'blocked') this.storageNotice = undefined;
		});
	}

	/** The locality of the active enrolment (undefined: national services only). */
	get locality(): Locality | undefined {
		const id = this.session?.enrolment.localityId;
		return this.localities.find((locality) => locality.id === id);
	}

	get national(): Locality | undefined {
		return this.localities.find((locality) => locality.id === 'national');
	}

	/** Loads settings and the active enrolment, and keeps the day up to date. */
	async start(): Promise<void> {
		// `limber:start` to `limber:ready` is the resume that `npm run bench -- patient` times.
		performance.mark('limber:start');
		try {
			// A returning patient (this browser has shown Limber before) will need the engine:
			// start fetching it while the database is read.
			if (hasShownLimberBefore()) void import('./open-enrolment.js');
			const [settings, enrolment] = await Promise.all([
				loadSettings(this.db),
				findActiveEnrolment(this.db)
			]);
			await Promise.all([
				this.#apply(settings),
				enrolment === undefined ? undefined : this.#open(enrolment),
				this.#readPersistence()
			]);
			this.status = 'ready';
			performance.mark('limber:ready');
			this.#keepDayCurrent();
			void this.#startSync();
		} catch (error) {
			this.failure = error instanceof Error ? error.message : String(error);
			this.status = 'failed';
		}
	}

	/** Saves and applies settings. */
	async updateSettings(patch: Partial<Settings>): Promise<StorageResult<void>> {
		const next = { ...this.settings, ...patch };
		const saved = await saveSettings(this.db, next);
		if (saved.ok) await this.#apply(next);
		return saved;
	}

	/** Enrols the patient on a pathway (day 0 is today) and opens the session. */
	async enrol(choices: OnboardingChoices): Promise<StorageResult<void>> {
		const now = this.#now();
		const [{ createAndOpenEnrolment }] = await Promise.all([
			import('./open-enrolment.js'),
			this.#loadLocalities()
		]);
		const opened = await createAndOpenEnrolment({
			db: this.db,
			catalogue: this.catalogue,
			row: {
				id: crypto.randomUUID(),
				createdAt: now.toISOString(),
				startDate: toLocalDate(now),
				pathwayId: choices.pathwayId,
				localityId: choices.localityId,
				...(choices.postcodeDistrict === undefined
					? {}
					: { postcodeDistrict: choices.postcodeDistrict }),
				referral: choices.referral,
				onWaitingList: choices.onWaitingList
			},
			...(choices.share === undefined ? {} : { share: choices.share })
		});
		if (!opened.ok) return opened;
		this.session?.dispose();
		this.session = opened.value;
		void this.requestPersistence();
		return { ok: true, value: undefined };
	}

	/** Applies saved settings (the sharing actions in sharing-actions.ts save them themselves). */
	async applySettings(settings: Settings): Promise<void> {
		await this.#apply(settings);
	}

	/** Asks the browser to keep Limber's data when space runs low; records the answer. */
	async requestPersistence(): Promise<void> {
		if (typeof navigator === 'undefined' || navigator.storage?.persist === undefined) {
			this.persistence = 'unsupported';
			return;
		}
		try {
			this.persistence = (await navigator.storage.persist()) ? 'granted' : 'not-granted';
		} catch {
			this.persistence = 'not-granted';
		}
	}

	/** Brings the day up to date now (on start, when the app comes back into view, at midnight). */
	async catchUp(): Promise<void> {
		await this.session?.catchUp(this.#now());
	}

	/** The current time (tests move it with Playwright's clock). */
	now(): Date {
		return this.#now();
	}

	/** Reopens the active enrolment from storage (after an import, for example). */
	async reload(): Promise<void> {
		this.session?.dispose();
		this.session = undefined;
		const enrolment = await findActiveEnrolment(this.db);
		if (enrolment !== undefined) await this.#open(enrolment);
	}

	/** Stops timers and the session (before deleting everything). */
	dispose(): void {
		for (const timer of this.#timers) clearTimeout(timer);
		this.#timers = [];
		this.#sync?.stop();
		this.#sync = undefined;
		this.session?.dispose();
		this.session = undefined;
	}

	async #open(enrolment: EnrolmentRow): Promise<void> {
		const [{ openEnrolment }] = await Promise.all([
			import('./open-enrolment.js'),
			this.#loadLocalities()
		]);
		this.session = await openEnrolment({
			db: this.db,
			catalogue: this.catalogue,
			enrolment,
			now: this.#now(),
			share: this.settings.shareOutcomes
		});
	}

	/** Starts the outbox sync (its own chunk, loaded after the first screen is ready). */
	async #startSync(): Promise<void> {
		if (typeof window === 'undefined' || this.#sync !== undefined) return;
		const { startOutboxScheduler } = await import('../sync/scheduler.js');
		this.#sync ??= startOutboxScheduler({ db: this.db, now: () => this.#now() });
	}

	async #loadLocalities(): Promise<void> {
		if (this.localities.length === 0) this.localities = await this.catalogue.loadLocalities();
	}

	async #apply(settings: Settings): Promise<void> {
		this.settings = settings;
		if (this.session !== undefined) this.session.sharing = settings.shareOutcomes;
		await i18n.setLocale(settings.locale);
		if (typeof document === 'undefined') return;
		const root = document.documentElement;
		root.dataset['textSize'] = settings.textSize;
		root.dataset['contrast'] = settings.contrast;
		root.dataset['motion'] = settings.motion;
		// Mirrored for the inline script in app.html, so the next load paints in the right
		// language, direction and size before the database is read.
		try {
			localStorage.setItem(
				'limber.display',
				JSON.stringify({
					locale: settings.locale,
					dir: i18n.dir,
					textSize: settings.textSize,
					contrast: settings.contrast,
					motion: settings.motion
				})
			);
		} catch {
			// Storage may be full or blocked; the display hint is only an optimisation.
		}
	}

	async #readPersistence(): Promise<void> {
		if (typeof navigator === 'undefined' || navigator.storage?.persisted === undefined) {
			this.persistence = 'unsupported';
			return;
		}
		this.persistence = (await navigator.storage.persisted()) ? 'granted' : 'not-granted';
	}

	/** Catches up at local midnight and whenever the app comes back into view. */
	#keepDayCurrent(): void {
		if (typeof document === 'undefined') return;
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'visible') void this.catchUp();
		});
		const schedule = () => {
			this.#timers.push(
				setTimeout(
					() => {
						void this.catchUp();
						schedule();
					},
					msUntilNextLocalMidnight(this.#now()) + 1000
				)
			);
		};
		schedule();
	}
}

/** True when this browser has run Limber before (the display hint is written on every start). */
function hasShownLimberBefore(): boolean {
	try {
		return typeof localStorage !== 'undefined' && localStorage.getItem('limber.display') !== null;
	} catch {
		return false;
	}
}
