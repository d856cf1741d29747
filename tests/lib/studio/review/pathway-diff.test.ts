import { describe, expect, it } from 'vitest';
import type { Pathway } from '../../../../src/lib/pathway/schema/pathway-schema.js';
import { diffPathways, isDiffEmpty } from '../../../../src/lib/studio/review/pathway-diff.js';
import { loadShippedPathways } from '../../pathway/shipped-pathways.js';

const back = loadShippedPathways().find((c) => c.pathway.id === 'low-back-pain')?.pathway;
if (back === undefined) throw new Error('The shipped low-back-pain pathway is missing.');

describe('the diff between two versions', () => {
	it('is empty for the same pathway', () => {
		const diff = diffPathways(back, structuredClone(back));
		expect(isDiffEmpty(diff)).toBe(true);
	});

	it('names a changed threshold in words, an added and a removed rule', () => {
		const rule = back.safetyNet.find((r) => r.code === 'sn.severe-pain');
		if (rule === undefined) throw new Error('Expected a severe-pain rule.');
		const after: Pathway = {
			...back,
			version: '2.0.0',
			safetyNet: [
				...back.safetyNet
					.filter((r) => r.id !== back.safetyNet[0]?.id)
					.map((r) =>
						r.id === rule.id
							? {
									...r,
									severity: 'emergency' as const,
									when: { answer: { item: 'pain.nrs', op: '>=' as const, value: 8 } }
								}
							: r
					),
				{ ...rule, id: 'new-rule' }
			]
		};
		const diff = diffPathways(back, after);
		expect(diff.toVersion).toBe('2.0.0');
		expect(diff.rules).toContainEqual({ change: 'added', id: 'new-rule', details: [] });
		expect(diff.rules).toContainEqual({
			change: 'removed',
			id: back.safetyNet[0]?.id,
			details: []
		});
		const changed = diff.rules.find((e) => e.id === rule.id);
		expect(changed?.change).toBe('changed');
		expect(changed?.details).toContain(`severity: ${rule.severity} → emergency`);
		expect(
			changed?.details.some((d) => d.startsWith('when: ') && d.endsWith('→ pain (0-10) at least 8'))
		).toBe(true);
		expect(diff.stages).toEqual([]);
	});

	it('shows stage time limits and transitions that changed', () => {
		const after: Pathway = {
			...back,
			stages: back.stages.map((s) => (s.id === 'early-days' ? { ...s, maxDays: 10 } : s))
		};
		expect(diffPathways(back, after).stages).toEqual([
			{ change: 'changed', id: 'early-days', details: ['days in stage: 7 → 10'] }
		]);
	});

	it('shows a question whose English text or range changed, and one removed', () => {
		const checkin = back.questionnaires.find((q) => q.purpose === 'checkin');
		const pain = checkin?.items.find((i) => i.code === 'pain.nrs');
		if (checkin === undefined || pain === undefined) throw new Error('Expected a pain question.');
		const changedText = { ...back.strings.en, [pain.text]: 'How bad is your pain?' };
		const after: Pathway = {
			...back,
			strings: { ...back.strings, en: changedText },
			questionnaires: back.questionnaires.map((q) =>
				q.id === checkin.id
					? { ...q, items: q.items.filter((i) => i.linkId !== q.items.at(-1)?.linkId) }
					: q
			)
		};
		const diff = diffPathways(back, after);
		const painEntry = diff.questions.find((e) => e.id === `${checkin.id} / ${pain.linkId}`);
		expect(painEntry?.details).toEqual([
			`text: "${back.strings.en[pain.text]}" → "How bad is your pain?"`
		]);
		expect(
			diff.questions.some(
				(e) => e.change === 'removed' && e.id === `${checkin.id} / ${checkin.items.at(-1)?.linkId}`
			)
		).toBe(true);
	});
});
