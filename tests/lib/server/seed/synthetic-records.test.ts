import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toOutcomeRow } from '../../../../src/lib/server/ingest/record-row.js';
import { SEED_LOCALITIES, SEED_PATHWAYS } from '../../../../src/lib/server/seed/catalogue.js';
import {
	generateSyntheticRecord,
	generateSyntheticRecords
} from '../../../../src/lib/server/seed/synthetic-records.js';
import {
	OutcomeRecordSchema,
	type OutcomeRecord
} from '../../../../src/lib/shared/outcome-record.js';
import { RED_FLAGS_FOR_AREA, SAFETY_NET_CODES } from '../../../../src/lib/shared/vocabulary.js';

const ROOT = join(import.meta.dirname, '../../../..');

/** The safety-net rules of a repository pathway, by the escalation code they record. */
function rulesByCode(pathwayId: string): Map<string, { severity: string; signposts: string[] }> {
	const pathway = JSON.parse(
		readFileSync(join(ROOT, `pathways/conditions/${pathwayId}.pathway.json`), 'utf8')
	) as {
		safetyNet: {
			code?: string;
			severity: string;
			signposts: string[];
			when: { answer?: { item: string } };
		}[];
	};
	return new Map(
		pathway.safetyNet.flatMap((rule) => {
			const code = rule.code ?? rule.when.answer?.item;
			return code === undefined ? [] : [[code, rule] as const];
		})
	);
}

const month = fc
	.tuple(fc.integer({ min: 2002, max: 2099 }), fc.integer({ min: 1, max: 12 }))
	.map(([year, m]) => `${year}-${String(m).padStart(2, '0')}`);

const sample = generateSyntheticRecords({ seed: 20_261_123, endMonth: '2026-11', count: 20_000 });
const share = (test: (record: OutcomeRecord) => boolean) =>
	sample.filter(test).length / sample.length;

describe('synthetic outcome records', () => {
	it('always pass the outcome record schema, for any seed, position and month', () => {
		fc.assert(
			fc.property(fc.integer(), fc.nat({ max: 2 ** 40 }), month, (seed, start, endMonth) => {
				for (const record of generateSyntheticRecords({ seed, start, count: 25, endMonth })) {
					const parsed = OutcomeRecordSchema.safeParse(record);
					if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('are the same for the same seed, whatever the batch they are made in', () => {
		const whole = generateSyntheticRecords({ seed: 7, endMonth: '2026-11', count: 30 });
		const tail = generateSyntheticRecords({ seed: 7, endMonth: '2026-11', start: 20, count: 10 });
		expect(tail).toEqual(whole.slice(20));
		expect(generateSyntheticRecord({ seed: 7, endMonth: '2026-11', index: 3 })).toEqual(whole[3]);
	});

	it('differ between seeds, and never repeat a record id', () => {
		const other = generateSyntheticRecords({ seed: 8, endMonth: '2026-11', count: 30 });
		expect(other[0]).not.toEqual(sample[0]);
		const ids = new Set([...sample, ...other].map((record) => record.recordId));
		expect(ids.size).toBe(sample.length + other.length);
	});

	it("escalate only with codes the pathway's rules can record, with those rules' severities and signposts", () => {
		const rules = new Map(SEED_PATHWAYS.map((p) => [p.id, rulesByCode(p.id)]));
		const area = new Map(SEED_PATHWAYS.map((p) => [p.id, p.bodyArea]));
		for (const record of sample) {
			const pathwayRules = rules.get(record.pathwayId)!;
			const signposts = new Set<string>();
			for (const escalation of record.escalations) {
				const isDynamic = (SAFETY_NET_CODES as readonly string[]).includes(escalation.code);
				expect(
					isDynamic ||
						(RED_FLAGS_FOR_AREA[area.get(record.pathwayId)!] as readonly string[]).includes(
							escalation.code
						),
					`${escalation.code} on ${record.pathwayId}`
				).toBe(true);
				const rule = pathwayRules.get(escalation.code);
				expect(rule?.severity, escalation.code).toBe(escalation.severity);
				for (const signpost of rule!.signposts) signposts.add(signpost);
			}
			expect(new Set(record.signposts)).toEqual(signposts);
		}
	});

	it('end in a help stage, escalated, exactly when a red flag was raised', () => {
		for (const record of sample) {
			const redFlag = record.escalations.find(
				(e) => e.code.startsWith('rf.') || e.code.startsWith('mh.')
			);
			expect(record.status === 'escalated').toBe(redFlag !== undefined);
			if (redFlag !== undefined) {
				expect(record.stageReached).toBe(
					redFlag.severity === 'emergency' ? 'emergency-help' : 'urgent-help'
				);
			}
			if (record.status === 'finished') expect(record.scores.at(-1)?.milestone).toBe('day-84');
		}
	});

	it('have milestones in schedule order, in the weeks they fall due, and activity to match', () => {
		for (const record of sample) {
			const days = record.scores.map((s) =>
				s.milestone === 'baseline' ? 0 : Number(s.milestone.slice(4))
			);
			expect(days).toEqual([0, 14, 42, 84].slice(0, days.length));
			for (const [i, s] of record.scores.entries()) {
				expect(s.week * 7).toBeLessThanOrEqual(days[i]! + 3);
				expect(s.week * 7 + 6).toBeGreaterThanOrEqual(days[i]!);
			}
			expect(record.daysActiveFirst30).toBeGreaterThanOrEqual(
				days.filter((day) => day < 30).length
			);
		}
	});

	it('have about 1-3% emergency red flags and more urgent and soon escalations', () => {
		const withSeverity = (severity: string) =>
			share((r) => r.escalations.some((e) => e.severity === severity));
		expect(withSeverity('emergency')).toBeGreaterThanOrEqual(0.01);
		expect(withSeverity('emergency')).toBeLessThanOrEqual(0.03);
		expect(withSeverity('urgent')).toBeGreaterThan(withSeverity('emergency'));
		expect(withSeverity('soon')).toBeGreaterThan(withSeverity('urgent'));
	});

	it('screen positive on PHQ-2 and GAD-2 about 15-25% of the time', () => {
		const rows = sample.map(toOutcomeRow);
		for (const key of ['phq2Positive', 'gad2Positive'] as const) {
			const positive = rows.filter((row) => row[key] === true).length / rows.length;
			expect(positive, key).toBeGreaterThanOrEqual(0.15);
			expect(positive, key).toBeLessThanOrEqual(0.25);
		}
	});

	it('mostly recover: pain falls and PSFS rises for most, but not for everyone', () => {
		const rows = sample.map(toOutcomeRow).filter((r) => r.painLatest !== null);
		const meaningful = rows.filter((r) => r.painBaseline! - r.painLatest! >= 2).length;
		const worse = rows.filter((r) => r.painLatest! > r.painBaseline!).length;
		expect(meaningful / rows.length).toBeGreaterThan(0.45);
		expect(meaningful / rows.length).toBeLessThan(0.8);
		expect(worse / rows.length).toBeGreaterThan(0.02);
		const psfs = rows.filter((r) => r.psfsLatest !== null && r.psfsBaseline !== null);
		const mean = psfs.reduce((sum, r) => sum + r.psfsLatest! - r.psfsBaseline!, 0) / psfs.length;
		expect(mean).toBeGreaterThan(1);
		for (const record of sample) {
			const baseline = record.scores[0]?.painNrs;
			if (baseline !== undefined) expect(baseline).toBeGreaterThanOrEqual(5);
			if (baseline !== undefined) expect(baseline).toBeLessThanOrEqual(9);
		}
	});

	it('spread over every pathway and locality and the last 24 months, mostly aged 30-69', () => {
		expect(new Set(sample.map((r) => r.pathwayId))).toEqual(
			new Set(SEED_PATHWAYS.map((p) => p.id))
		);
		expect(new Set(sample.map((r) => r.locality))).toEqual(new Set(SEED_LOCALITIES));
		const months = [...new Set(sample.map((r) => r.monthEnrolled))].sort();
		expect(months).toHaveLength(24);
		expect([months[0], months.at(-1)]).toEqual(['2024-12', '2026-11']);
		expect(share((r) => ['30-39', '40-49', '50-59', '60-69'].includes(r.ageBand))).toBeGreaterThan(
			0.6
		);
		expect(share((r) => r.sex === undefined || r.sex === 'prefer-not-to-say')).toBeGreaterThan(
			0.01
		);
		expect(share((r) => r.ethnicity === undefined)).toBeGreaterThan(0.01);
		expect(share((r) => r.ethnicity === 'white')).toBeGreaterThan(0.6);
		expect(
			share((r) => r.workStatusBaseline === 'off-work' && r.workStatusLatest === 'working')
		).toBeGreaterThan(0.01);
	});

	it('keep to a locality list when given one', () => {
		const records = generateSyntheticRecords({
			seed: 1,
			endMonth: '2026-11',
			count: 200,
			localities: ['example-leeds', 'synthetic-york']
		});
		expect(new Set(records.map((r) => r.locality))).toEqual(
			new Set(['example-leeds', 'synthetic-york'])
		);
	});
});
