import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../../src/lib/pathway/load/diagnostic.js';
import type { Item } from '../../../../src/lib/pathway/schema/questionnaire-schema.js';
import { RED_FLAGS_FOR_AREA } from '../../../../src/lib/shared/vocabulary.js';
import {
	buildReviewPack,
	findEscalationPaths,
	listRedFlagEntries,
	listTranslations,
	reviewPackHtml
} from '../../../../src/lib/studio/review/review-pack.js';
import { loadShippedPathways } from '../../pathway/shipped-pathways.js';

const shipped = loadShippedPathways();
const back = shipped.find((compiled) => compiled.pathway.id === 'low-back-pain')?.pathway;
if (back === undefined) throw new Error('The shipped low-back-pain pathway is missing.');

const finding: Diagnostic = {
	file: 'low-back-pain.pathway.json',
	line: 12,
	col: 3,
	path: 'reviewDue',
	rule: 'review-overdue',
	severity: 'warning',
	message: 'The review date <has passed>.'
};

describe('the red-flag table', () => {
	it('lists every red-flag code of every shipped pathway as handled, with its rules', () => {
		for (const { pathway } of shipped) {
			const entries = listRedFlagEntries(pathway);
			for (const code of RED_FLAGS_FOR_AREA[pathway.condition]) {
				const entry = entries.find((e) => e.code === code);
				expect(entry, `${pathway.id} ${code}`).toBeDefined();
				expect(entry?.status, `${pathway.id} ${code}`).toBe('handled');
				expect(entry?.rules.length, `${pathway.id} ${code}`).toBeGreaterThan(0);
			}
		}
	});

	it('calls out a code whose rule was removed, and a code handled only by rules too weak', () => {
		const withoutRule = {
			...back,
			safetyNet: back.safetyNet.filter(
				(rule) => !JSON.stringify(rule.when).includes('rf.ces.saddle-numbness')
			)
		};
		expect(
			listRedFlagEntries(withoutRule).find((e) => e.code === 'rf.ces.saddle-numbness')?.status
		).toBe('no-rule');

		const weak = {
			...back,
			safetyNet: back.safetyNet.map((rule) => ({ ...rule, severity: 'routine' as const }))
		};
		const bladder = listRedFlagEntries(weak).find((e) => e.code === 'rf.ces.bladder-bowel');
		expect(bladder?.status).toBe('below-minimum');
		expect(bladder?.minSeverity).toBe('emergency');
	});

	it('says not-asked for a code the body area needs when no question carries it', () => {
		const strip = (items: readonly Item[]): Item[] =>
			items.flatMap((item): Item[] =>
				item.code === 'rf.fever'
					? []
					: item.type === 'group'
						? [{ ...item, items: strip(item.items) }]
						: [item]
			);
		const pathway = {
			...back,
			questionnaires: back.questionnaires.map((q) => ({ ...q, items: strip(q.items) }))
		};
		const fever = listRedFlagEntries(pathway).find((e) => e.code === 'rf.fever');
		expect(fever).toMatchObject({ status: 'not-asked', askedIn: [], expected: true });
	});
});

describe('the shortest path to each escalation', () => {
	it('goes straight from the entry screen through a red-flag rule, in words', () => {
		const paths = findEscalationPaths(back);
		expect(paths.map((p) => p.stage).sort()).toEqual(['emergency-help', 'urgent-help']);
		const emergency = paths.find((p) => p.stage === 'emergency-help');
		expect(emergency?.reachable).toBe(true);
		expect(emergency?.severity).toBe('emergency');
		expect(emergency?.steps).toHaveLength(1);
		expect(emergency?.steps[0]).toMatch(
			/^In "Entry safety screen": when safety-net rule ".+" \(emergency\) fires when .+: yes/
		);
	});

	it('says when an escalation stage cannot be reached', () => {
		const pathway = {
			...back,
			safetyNet: back.safetyNet.map((rule) =>
				rule.escalateTo === 'urgent-help' ? { ...rule, escalateTo: undefined } : rule
			)
		};
		const urgent = findEscalationPaths(pathway).find((p) => p.stage === 'urgent-help');
		expect(urgent).toMatchObject({ reachable: false, steps: [] });
	});
});

describe('translations', () => {
	it('lists each language with its status, translator, approver and missing texts', () => {
		const [en, cy] = listTranslations(back);
		expect(en).toMatchObject({ locale: 'en', status: 'approved', missing: 0 });
		expect(cy?.status).toBe('draft');
		expect(cy?.translator).toMatch(/Limber team draft/);
		const noWelsh = listTranslations({
			...back,
			locales: { en: back.locales.en },
			strings: { en: back.strings.en }
		});
		expect(noWelsh[1]).toMatchObject({
			locale: 'cy',
			status: 'absent',
			missing: Object.keys(back.strings.en).length
		});
	});
});

describe('the whole pack', () => {
	it('carries governance, lint status and no diff without a previous version', () => {
		const pack = buildReviewPack({ pathway: back, lint: [finding] });
		expect(pack.governance.clinicalOwner).toBe(back.clinicalOwner);
		expect(pack.governance.reviewDue).toBe(back.reviewDue);
		expect(pack.lint).toMatchObject({ passed: true, counts: { error: 0, warning: 1, info: 0 } });
		expect(
			buildReviewPack({ pathway: back, lint: [{ ...finding, severity: 'error' }] }).lint.passed
		).toBe(false);
		expect(pack.diff).toBeUndefined();
	});

	it('exports a standalone printable HTML page with every red-flag code, escaped', () => {
		const previous = { ...back, version: '0.9.0' };
		const pack = buildReviewPack({ pathway: back, lint: [finding], previous });
		const html = reviewPackHtml(pack);
		expect(html.startsWith('<!doctype html>')).toBe(true);
		expect(html).toContain('@media print');
		expect(html).not.toMatch(/<script|<link /);
		for (const flag of pack.redFlags) expect(html).toContain(flag.code);
		expect(html).toContain('The review date &lt;has passed&gt;.');
		expect(html).toContain('From version 0.9.0 to');
		expect(html).toContain(back.clinicalOwner);
	});
});
