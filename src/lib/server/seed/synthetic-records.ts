/**
 * Realistic synthetic outcome records for demos and benchmarks (`limber seed`). Pure and
 * deterministic: record `index` of a seed is always the same record, made from its own random
 * stream (random.ts), so records can be made in any batch size or order.
 *
 * The shapes follow what the app really sends (src/lib/pathway/outcome-record.ts): scores at
 * the scheduled milestones only as far as the enrolment has got, escalations whose codes are
 * valid for the pathway's body area and whose signposts are the rule's, and a status and stage
 * that agree with them. The proportions are plausible for NHS MSK services, not real data:
 *
 * - ages skewed to 30-69; about 56% female; ONS 2021 ethnic groups (more diverse in some
 *   localities); a few "prefer not to say" and left out;
 * - pain 5-9 at baseline, falling over the follow-ups for most, not for some, rising for a few;
 *   PSFS rising with it; about a fifth screening positive on PHQ-2 or GAD-2;
 * - about 1-3% emergency red flags (most at the entry screen), a few percent urgent ones, more
 *   of the dynamic rules (worsening, not improving, severe pain, low mood);
 * - enrolments growing over the last 24 months, more in some localities than others.
 */
import type { MilestoneScores, OutcomeRecord } from '../../shared/outcome-record.js';
import {
	RED_FLAGS,
	RED_FLAGS_FOR_AREA,
	type EscalationCode,
	type RedFlagCode,
	type Severity,
	type SignpostCategory
} from '../../shared/vocabulary.js';
import {
	SEED_LOCALITIES,
	SEED_MILESTONE_DAYS,
	SEED_PATHWAYS,
	SEED_STAGES,
	SEED_WINDOW_DAYS,
	type SeedPathway
} from './catalogue.js';
import { createRandom, type Random } from './random.js';

export interface SyntheticRecordOptions {
	/** Any 32-bit integer; the same seed makes the same records. */
	readonly seed: number;
	/** The latest month enrolled (YYYY-MM): records span this month and the 23 before it. */
	readonly endMonth: string;
	/** Locality codes, busiest first (default: the repository's and made-up ones). */
	readonly localities?: readonly string[];
}

/** How many months back enrolments go, this month included. */
export const SEED_MONTHS = 24;

/** Records `start` to `start + count - 1` of a seed. */
export function generateSyntheticRecords(
	options: SyntheticRecordOptions & { readonly start?: number; readonly count: number }
): OutcomeRecord[] {
	const plan = planFor(options);
	const start = options.start ?? 0;
	return Array.from({ length: options.count }, (_, offset) =>
		makeRecord(plan, createRandom(options.seed, start + offset))
	);
}

/** Record `index` of a seed. */
export function generateSyntheticRecord(
	options: SyntheticRecordOptions & { readonly index: number }
): OutcomeRecord {
	return makeRecord(planFor(options), createRandom(options.seed, options.index));
}

/** Everything that does not vary from record to record, worked out once per call. */
interface Plan {
	readonly months: readonly (readonly [string, number])[];
	readonly localities: readonly (readonly [string, number])[];
	readonly diversity: ReadonlyMap<string, number>;
}

function planFor(options: SyntheticRecordOptions): Plan {
	const match = /^(20\d\d)-(0[1-9]|1[0-2])$/.exec(options.endMonth);
	if (match === null) throw new Error(`endMonth must be YYYY-MM, not "${options.endMonth}"`);
	const end = Number(match[1]) * 12 + Number(match[2]) - 1;
	// Adoption grows: the latest month has about three times the enrolments of the first.
	const months = Array.from({ length: SEED_MONTHS }, (_, ago) => {
		const index = end - ago;
		const name = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
		return [name, 1 + (2 * (SEED_MONTHS - 1 - ago)) / (SEED_MONTHS - 1)] as const;
	});
	const localityIds = options.localities ?? SEED_LOCALITIES;
	if (localityIds.length === 0) throw new Error('at least one locality is needed');
	// A gentle Zipf curve: some areas enrol far more than others.
	const localities = localityIds.map((id, rank) => [id, 1 / (rank + 1) ** 0.7] as const);
	// How ethnically diverse each area is, relative to England as a whole (0.4x to 2.8x).
	const diversity = new Map(
		localityIds.map((id) => [id, id === 'national' ? 1 : 0.4 + (hashText(id) % 241) / 100])
	);
	return { months, localities, diversity };
}

type Trajectory = 'recovering' | 'partial' | 'flat' | 'worsening';
type Engagement = 'high' | 'medium' | 'low';

interface Escalation {
	readonly code: EscalationCode;
	readonly severity: Severity;
	readonly week: number;
	readonly signposts: readonly SignpostCategory[];
}

function makeRecord(plan: Plan, random: Random): OutcomeRecord {
	const recordId = uuidV4(random);
	const withdrawToken = base64url(random, 32);
	const pathway = random.pick(SEED_PATHWAYS.map((p) => [p, p.share] as const));
	const locality = random.pick(plan.localities);
	const monthIndex = random.pick(plan.months.map(([, weight], index) => [index, weight] as const));
	const monthEnrolled = plan.months[monthIndex]?.[0] ?? plan.months[0]![0];
	// Days from enrolment to now: the current month's enrolments are days to weeks old.
	const elapsed = Math.round(monthIndex * 30.4) + random.int(0, 29);

	const referral = random.pick([
		['self', 34],
		['gp', 30],
		['physio-waiting-list', 21],
		['pharmacy', 5],
		['other', 10]
	] as const);
	const onWaitingList =
		referral === 'physio-waiting-list' || random.chance(referral === 'gp' ? 0.3 : 0.08);
	const ageBand = random.pick([
		['16-19', 2],
		['20-29', 7],
		['30-39', 14],
		['40-49', 19],
		['50-59', 22],
		['60-69', 18],
		['70-79', 11],
		['80-89', 4],
		['90+', 0.5],
		['not-stated', 2.5]
	] as const);
	const sex = random.pick([
		['female', 56],
		['male', 40],
		['other', 0.5],
		['prefer-not-to-say', 1.5],
		[undefined, 2]
	] as const);
	const diverse = plan.diversity.get(locality) ?? 1;
	const ethnicity = random.pick([
		['white', 81],
		['asian', 9.6 * diverse],
		['black', 4.2 * diverse],
		['mixed', 3 * diverse],
		['other', 2.2 * diverse],
		['prefer-not-to-say', 3],
		[undefined, 4]
	] as const);

	const trajectory = random.pick<Trajectory>([
		['recovering', 55],
		['partial', 25],
		['flat', 15],
		['worsening', 5]
	]);
	const engagement = random.pick<Engagement>([
		['high', 50],
		['medium', 30],
		['low', 20]
	]);

	// The red flag, if any, that ends the journey in a help stage.
	const redFlag = drawRedFlag(random, pathway, elapsed);
	const lastDay = redFlag === undefined ? elapsed : Math.min(elapsed, redFlag.week * 7 + 6);

	const scores = drawScores({ random, trajectory, engagement, elapsed: lastDay, redFlag });
	const escalations = [
		...drawDynamicEscalations({ random, pathway, trajectory, scores, elapsed: lastDay }),
		...(redFlag === undefined ? [] : [redFlag])
	]
		.filter((e) => redFlag === undefined || e.week <= redFlag.week)
		.sort((a, b) => a.week - b.week);
	const signposts = [...new Set(escalations.flatMap((e) => e.signposts))];

	const reached = scores.length === 0 ? -1 : milestoneDay(scores.at(-1)!);
	const stopped = redFlag === undefined && reached < 84 && random.chance(0.06);
	const status: OutcomeRecord['status'] =
		redFlag !== undefined
			? 'escalated'
			: reached === 84
				? 'finished'
				: stopped
					? 'stopped'
					: 'active';
	const stageReached =
		redFlag !== undefined
			? redFlag.severity === 'emergency'
				? SEED_STAGES.emergency
				: SEED_STAGES.urgent
			: status === 'finished'
				? SEED_STAGES.finished
				: stopped
					? 'stopped'
					: reached >= 42
						? SEED_STAGES.gettingBack
						: reached >= 14 || lastDay >= 21
							? SEED_STAGES.building
							: SEED_STAGES.early;

	const daysActiveFirst30 = drawDaysActive(random, engagement, scores, lastDay);
	const work = drawWork({ random, ageBand, trajectory, hasFollowUp: scores.length > 1 });
	const hasImproved = trajectory === 'recovering' || trajectory === 'partial';
	const leftWaitingList =
		onWaitingList &&
		scores.length > 1 &&
		random.chance(trajectory === 'recovering' ? 0.4 : hasImproved ? 0.2 : 0.08);

	return {
		recordId,
		// One revision per milestone and escalation shared, and one for stopping.
		revision: Math.max(1, scores.length + escalations.length + (stopped ? 1 : 0)),
		withdrawToken,
		pathwayId: pathway.id,
		pathwayVersion: pathway.version,
		locality,
		monthEnrolled,
		referral,
		onWaitingList,
		leftWaitingList,
		ageBand,
		...(sex === undefined ? {} : { sex }),
		...(ethnicity === undefined ? {} : { ethnicity }),
		scores,
		escalations: escalations.map(({ code, severity, week }) => ({ code, severity, week })),
		signposts,
		stageReached,
		status,
		daysActiveFirst30,
		...work
	};
}

/** About 1.8% emergency and 3.5% urgent red flags, most of the emergencies at entry. */
function drawRedFlag(
	random: Random,
	pathway: SeedPathway,
	elapsed: number
): Escalation | undefined {
	const roll = random.next();
	const severity: Severity | undefined =
		roll < 0.018 ? 'emergency' : roll < 0.053 ? 'urgent' : undefined;
	if (severity === undefined) return undefined;
	const codes = RED_FLAGS_FOR_AREA[pathway.bodyArea].filter(
		(code) => RED_FLAGS[code].minSeverity === severity
	);
	// Thoughts of self-harm are rarer than the musculoskeletal urgent flags.
	const code = random.pick<RedFlagCode>(
		codes.map((c) => [c, c === 'mh.self-harm-thoughts' ? 0.4 : 1] as const)
	);
	const atEntry = random.chance(severity === 'emergency' ? 0.65 : 0.45);
	const maxWeek = Math.min(12, Math.floor(elapsed / 7));
	const week = atEntry || maxWeek === 0 ? 0 : random.int(1, maxWeek);
	const signposts: readonly SignpostCategory[] =
		severity === 'emergency'
			? ['call-999']
			: code === 'mh.self-harm-thoughts'
				? ['mental-health-crisis', 'nhs-111']
				: ['nhs-111', 'urgent-gp'];
	return { code, severity, week, signposts };
}

/** Baseline and the follow-ups the enrolment has reached, with some missed and some dropped. */
function drawScores(input: {
	random: Random;
	trajectory: Trajectory;
	engagement: Engagement;
	elapsed: number;
	redFlag: Escalation | undefined;
}): MilestoneScores[] {
	const { random, trajectory, engagement, elapsed, redFlag } = input;
	// A red flag at the entry screen comes before any questionnaire.
	if (redFlag?.week === 0 && random.chance(0.8)) return [];

	const painBaseline = random.pick([
		[5, 15],
		[6, 25],
		[7, 28],
		[8, 20],
		[9, 12]
	] as const);
	const painDrop = clamp(
		trajectory === 'recovering'
			? random.normal(4, 1)
			: trajectory === 'partial'
				? random.normal(1.5, 0.5)
				: trajectory === 'flat'
					? random.normal(0, 0.4)
					: -random.normal(1.5, 0.5),
		-3,
		painBaseline
	);
	const psfsBaseline = clamp(random.normal(3.5, 1.2), 0, 8);
	const psfsGain = painDrop * 0.9 + random.normal(0, 0.6);
	// Distress: most low, some moderate, about one in eight high (PHQ-2 of 3 or more).
	const distress = random.pick([
		['low', 66],
		['moderate', 22],
		['high', 12]
	] as const);
	const phq2Baseline =
		distress === 'low'
			? random.int(0, 2)
			: distress === 'moderate'
				? random.int(1, 3)
				: random.int(3, 6);
	const gad2Baseline = clamp(
		phq2Baseline +
			random.pick([
				[-1, 35],
				[0, 40],
				[1, 25]
			] as const),
		0,
		6
	);
	const keepGoing = engagement === 'high' ? 0.92 : engagement === 'medium' ? 0.75 : 0.45;

	const scores: MilestoneScores[] = [];
	for (const due of SEED_MILESTONE_DAYS) {
		const day = due === 0 ? 0 : due + random.int(0, SEED_WINDOW_DAYS);
		if (day > elapsed) break;
		if (due !== 0 && !random.chance(keepGoing)) break;
		// How far along the recovery curve this milestone is.
		const progress = due === 0 ? 0 : due === 14 ? 0.45 : due === 42 ? 0.8 : 1;
		const pain =
			due === 0
				? painBaseline
				: Math.round(clamp(painBaseline - painDrop * progress + random.normal(0, 0.7), 0, 10));
		const psfs = clamp(psfsBaseline + psfsGain * progress + random.normal(0, 0.4), 0, 10);
		const moodLift = Math.max(0, painDrop) * progress * 0.35;
		const phq2 = Math.round(clamp(phq2Baseline - moodLift + random.normal(0, 0.4), 0, 6));
		const gad2 = Math.round(clamp(gad2Baseline - moodLift + random.normal(0, 0.4), 0, 6));
		const observedDrop = painBaseline - pain;
		scores.push({
			milestone: due === 0 ? 'baseline' : `day-${due}`,
			week: Math.floor(day / 7),
			painNrs: pain,
			// A few answers are skipped.
			...(random.chance(0.95) ? { psfs: Math.round(psfs * 10) / 10 } : {}),
			...(random.chance(0.95) ? { phq2: due === 0 ? phq2Baseline : phq2 } : {}),
			...(random.chance(0.95) ? { gad2: due === 0 ? gad2Baseline : gad2 } : {}),
			...(due === 0
				? {}
				: { globalChange: Math.round(clamp(observedDrop * 0.7 + random.normal(0, 0.7), -3, 3)) })
		});
	}
	return scores;
}

/** The dynamic safety-net rules (safety-facts.md section 4), consistent with the scores. */
function drawDynamicEscalations(input: {
	random: Random;
	pathway: SeedPathway;
	trajectory: Trajectory;
	scores: readonly MilestoneScores[];
	elapsed: number;
}): Escalation[] {
	const { random, pathway, trajectory, scores, elapsed } = input;
	const escalations: Escalation[] = [];
	const maxWeek = Math.min(12, Math.floor(elapsed / 7));
	const baseline = scores[0]?.painNrs;

	// Low mood: the first milestone with PHQ-2 or GAD-2 of 3 or more.
	const lowMood = scores.find((s) => (s.phq2 ?? 0) >= 3 || (s.gad2 ?? 0) >= 3);
	if (lowMood !== undefined) {
		escalations.push({
			code: 'sn.low-mood',
			severity: 'routine',
			week: lowMood.week,
			signposts: ['talking-therapies']
		});
	}
	// Not improving: pain down by less than 2 at the first milestone the rule can see.
	const check = scores.find((s) => milestoneDay(s) >= pathway.notImprovingFromDay);
	if (baseline !== undefined && check?.painNrs !== undefined && check.painNrs - baseline > -2) {
		escalations.push({
			code: 'sn.not-improving',
			severity: 'soon',
			week: check.week,
			signposts: ['gp', 'physio-self-referral']
		});
	}
	if (baseline !== undefined && random.chance(trajectory === 'worsening' ? 0.6 : 0.04)) {
		escalations.push({
			code: 'sn.worsening',
			severity: 'soon',
			week: random.int(0, maxWeek),
			signposts: ['gp', 'physio-self-referral']
		});
	}
	if (baseline !== undefined && random.chance(baseline >= 9 ? 0.3 : baseline >= 8 ? 0.05 : 0)) {
		escalations.push({
			code: 'sn.severe-pain',
			severity: 'urgent',
			week: random.int(0, Math.min(2, maxWeek)),
			signposts: ['nhs-111', 'urgent-gp']
		});
	}
	return escalations;
}

/** Days used in the first 30: at least one per milestone answered in them. */
function drawDaysActive(
	random: Random,
	engagement: Engagement,
	scores: readonly MilestoneScores[],
	elapsed: number
): number {
	const possible = Math.min(30, elapsed + 1);
	const drawn =
		engagement === 'high'
			? random.int(15, 30)
			: engagement === 'medium'
				? random.int(6, 16)
				: random.int(1, 6);
	const milestonesIn30 = scores.filter((s) => milestoneDay(s) < 30).length;
	return clamp(Math.max(drawn, milestonesIn30, 1), 0, possible);
}

/** Work status at baseline (most people answer) and at the latest follow-up. */
function drawWork(input: {
	random: Random;
	ageBand: OutcomeRecord['ageBand'];
	trajectory: Trajectory;
	hasFollowUp: boolean;
}): Pick<OutcomeRecord, 'workStatusBaseline' | 'workStatusLatest'> {
	const { random, ageBand, trajectory, hasFollowUp } = input;
	if (!random.chance(0.88)) return {};
	const older = ageBand === '70-79' || ageBand === '80-89' || ageBand === '90+';
	type Work = NonNullable<OutcomeRecord['workStatusBaseline']>;
	const baseline = random.pick<Work>(
		older
			? [
					['working', 12],
					['working-changed', 4],
					['off-work', 2],
					['not-working', 82]
				]
			: [
					['working', 48],
					['working-changed', 24],
					['off-work', 16],
					['not-working', 12]
				]
	);
	if (!hasFollowUp) return { workStatusBaseline: baseline, workStatusLatest: baseline };
	const better = trajectory === 'recovering' ? 0.55 : trajectory === 'partial' ? 0.35 : 0.12;
	let latest: Work = baseline;
	if (baseline === 'off-work') {
		latest = random.chance(better) ? 'working' : random.chance(0.3) ? 'working-changed' : baseline;
	} else if (baseline === 'working-changed') {
		latest = random.chance(better) ? 'working' : baseline;
	} else if (baseline === 'working') {
		const worse = trajectory === 'worsening' ? 0.2 : trajectory === 'flat' ? 0.06 : 0.02;
		latest = random.chance(worse)
			? 'off-work'
			: random.chance(worse)
				? 'working-changed'
				: baseline;
	}
	return { workStatusBaseline: baseline, workStatusLatest: latest };
}

function milestoneDay(scores: MilestoneScores): number {
	return scores.milestone === 'baseline' ? 0 : Number(scores.milestone.slice('day-'.length));
}

function clamp(value: number, min: number, max: number): number {
	return Math.min(max, Math.max(min, value));
}

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** A version 4 UUID from the stream (the form the phone makes with crypto.randomUUID). */
function uuidV4(random: Random): string {
	const bytes = Array.from({ length: 16 }, () => random.uint32() & 0xff);
	bytes[6] = (bytes[6]! & 0x0f) | 0x40;
	bytes[8] = (bytes[8]! & 0x3f) | 0x80;
	const hex = bytes.map((byte) => HEX[byte]!).join('');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** `bytes` random bytes as unpadded base64url (32 bytes: 43 characters, like the phone's). */
function base64url(random: Random, bytes: number): string {
	const length = Math.ceil((bytes * 8) / 6);
	let text = '';
	for (let i = 0; i < length; i++) text += BASE64URL[random.uint32() & 63];
	// The last character carries the leftover bits, padded with zero bits.
	const spare = (length * 6) % 8 === 0 ? 0 : length * 6 - bytes * 8;
	return spare === 0
		? text
		: text.slice(0, -1) + BASE64URL[random.uint32() & 63 & ~((1 << spare) - 1)];
}

/** FNV-1a: a stable number for a string. */
function hashText(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}
