/**
 * One patient's enrolment while the app is open: owns the XState actor of the pinned pathway,
 * mirrors its snapshot into runes, and saves every action through the repository (one
 * transaction per action). Components read `plan`, `snapshot` and `escalations`; they call
 * `send` and `catchUp`, never the database.
 */
import Dexie, { liveQuery, type Subscription } from 'dexie';
import { createActor, type Actor } from 'xstate';
import type { CompiledPathway, EngineMachine, EngineSnapshot } from '../../pathway/compile.js';
import { currentState, daysToCatchUp } from '../../pathway/enrolment.js';
import type { EngineEvent } from '../../pathway/engine-types.js';
import { buildDailyPlan, type DailyPlan } from '../../pathway/plan.js';
import type { LimberDatabase } from '../db/database.js';
import { appendEvents, readState, type StoredState } from '../db/enrolments.js';
import type { EnrolmentRow } from '../db/rows.js';
import type { StorageResult } from '../db/storage-error.js';
import { dayNumberOn } from './calendar.js';

export class EnrolmentSession {
	readonly #db: LimberDatabase;
	readonly compiled: CompiledPathway;
	readonly enrolment: EnrolmentRow;
	#actor: Actor<EngineMachine>;
	#lastSeq: number;
	#watch: Subscription | undefined;

	/** The engine snapshot, mirrored from the actor. */
	snapshot = $state.raw<EngineSnapshot>() as EngineSnapshot;
	/** True while a save is in flight (forms disable their submit button). */
	saving = $state(false);
	/**
	 * Whether the patient shares anonymised outcomes (set by the app state from Settings): each
	 * save then queues the record's next revision when it changed, in the save's transaction.
	 */
	sharing = false;

	/** Today's plan, from the snapshot. */
	plan: DailyPlan = $derived.by(() => buildDailyPlan(this.compiled, this.snapshot));
	/** The state: a stage id, `entry` or `stopped`. */
	state: string = $derived.by(() => currentState(this.snapshot));
	/** The day the patient sees: "Day 1" is the enrolment day. */
	dayNumber: number = $derived.by(() => this.snapshot.context.day + 1);

	constructor(
		db: LimberDatabase,
		enrolment: EnrolmentRow,
		compiled: CompiledPathway,
		stored: StoredState
	) {
		this.#db = db;
		this.enrolment = enrolment;
		this.compiled = compiled;
		this.#lastSeq = stored.lastSeq;
		this.#actor = this.#startActor(stored.snapshot);
	}

	/** Opens an enrolment: reads (or rebuilds) its state and follows other tabs' saves. */
	static async open(
		db: LimberDatabase,
		enrolment: EnrolmentRow,
		compiled: CompiledPathway
	): Promise<EnrolmentSession> {
		const stored = await readState(db, compiled, enrolment);
		const session = new EnrolmentSession(db, enrolment, compiled, stored);
		session.#watchOtherTabs();
		return session;
	}

	/** Sends the day events that bring the enrolment up to `now` (one per missed day). */
	catchUp(now: Date): Promise<StorageResult<void>> {
		const today = dayNumberOn(this.enrolment.startDate, now);
		const events = daysToCatchUp(this.snapshot, today);
		if (events.length === 0) return Promise.resolve({ ok: true, value: undefined });
		return this.send(events, { now });
	}

	/**
	 * Saves events (catching up the day first) in one transaction, then updates the actor. On
	 * failure nothing changes here: the caller keeps the patient's answers on screen.
	 */
	async send(
		events: readonly EngineEvent[],
		options: { now: Date; clearDraft?: string }
	): Promise<StorageResult<void>> {
		const today = dayNumberOn(this.enrolment.startDate, options.now);
		const dayEvents = events.some((e) => e.type === 'day')
			? []
			: daysToCatchUp(this.snapshot, today);
		const all = [...dayEvents, ...events];
		this.saving = true;
		// Timed by `npm run bench -- patient` (issue B budget: p95 <= 20 ms at 4x CPU throttling).
		const started = performance.now();
		try {
			const saved = await appendEvents(this.#db, {
				compiled: this.compiled,
				enrolment: this.enrolment,
				events: all,
				at: options.now.toISOString(),
				...(options.clearDraft === undefined ? {} : { clearDraft: options.clearDraft }),
				share: this.sharing,
				base: { snapshot: this.snapshot, lastSeq: this.#lastSeq }
			});
			if (!saved.ok) return saved;
			this.#mirror(saved.value, all);
			return { ok: true, value: undefined };
		} finally {
			this.saving = false;
			performance.measure('limber:save', { start: started, detail: all.map((e) => e.type) });
		}
	}

	/** Stops following other tabs and stops the actor. */
	dispose(): void {
		this.#watch?.unsubscribe();
		this.#actor.stop();
	}

	#startActor(snapshot: EngineSnapshot): Actor<EngineMachine> {
		const actor = createActor(this.compiled.machine, { snapshot });
		actor.subscribe((next) => {
			this.snapshot = next;
		});
		actor.start();
		this.snapshot = actor.getSnapshot();
		return actor;
	}

	/** Brings the actor to a saved state: replay our events, or restart from the stored state. */
	#mirror(stored: StoredState, sent: readonly EngineEvent[]): void {
		if (stored.lastSeq === this.#lastSeq + sent.length && !stored.rebuilt) {
			for (const event of sent) this.#actor.send(event);
		} else {
			// Another tab saved in between: the stored state already includes its events.
			this.#actor.stop();
			this.#actor = this.#startActor(stored.snapshot);
		}
		this.#lastSeq = stored.lastSeq;
	}

	#watchOtherTabs(): void {
		// Only the last log key is watched: re-reading the whole snapshot after every save would
		// cost this tab more than the save itself.
		const id = this.enrolment.id;
		const lastKey = () =>
			this.#db.events
				.where('[enrolmentId+seq]')
				.between([id, Dexie.minKey], [id, Dexie.maxKey])
				.lastKey();
		this.#watch = liveQuery(lastKey).subscribe({
			next: (key) => {
				// Another tab saved (or replaced everything with an import): follow what is stored.
				const seq = Array.isArray(key) ? Number(key[1]) : 0;
				if (seq === this.#lastSeq) return;
				void readState(this.#db, this.compiled, this.enrolment).then((stored) => {
					if (stored.lastSeq !== this.#lastSeq) this.#mirror(stored, []);
				});
			},
			error: () => {
				// A closed database (another tab upgraded it) is reported by the app state.
			}
		});
	}
}
