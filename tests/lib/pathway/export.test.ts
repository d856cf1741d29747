import { describe, expect, it } from 'vitest';
import { describeCondition } from '../../../src/lib/pathway/describe.js';
import { renderMermaid } from '../../../src/lib/pathway/diagram.js';
import { exportFhirQuestionnaires, LIMBER_CODE_SYSTEM } from '../../../src/lib/pathway/fhir.js';
import { buildFixturePathway } from './engine-fixture.js';
import { compileFixture } from './engine-helpers.js';

const pathway = buildFixturePathway({
	strings: {
		en: {
			'item.fever': 'Have you had a high temperature?',
			'stage.early': 'Early days',
			'q.entry': 'Safety questions'
		},
		cy: { 'item.fever': 'Ydych chi wedi cael tymheredd uchel?' }
	},
	locales: { en: { status: 'approved', approver: 'A' }, cy: { status: 'draft', translator: 'T' } }
});
const { index } = compileFixture();

describe('conditions in words', () => {
	it('read like a clinician would say them', () => {
		expect(
			describeCondition({
				trend: { kind: 'consecutive', item: 'pain.nrs', count: 3, op: '>=', value: 9 }
			})
		).toBe('pain (0-10) at least 9 on 3 check-ins in a row');
		expect(
			describeCondition({
				all: [
					{ day: { op: '>=', value: 42 } },
					{ trend: { kind: 'change-from-baseline', item: 'pain.nrs', op: '>', value: -2 } }
				]
			})
		).toBe('day at least 42 and pain (0-10) change from the first answer more than -2');
		expect(
			describeCondition({
				any: [{ score: { score: 'mood.phq2', op: '>=', value: 3 } }, { flag: 'x' }]
			})
		).toBe('PHQ-2 (0-6) at least 3 or flag "x" is set');
		expect(describeCondition({ answer: { item: 'feel.today', op: '=', value: 'worse' } })).toBe(
			'how they feel today is "worse"'
		);
		expect(describeCondition({ answer: { item: 'rf.fever', op: '=', value: true } }, index)).toBe(
			'rf.fever: yes'
		);
	});
});

describe('the Mermaid diagram', () => {
	const mermaid = renderMermaid(pathway);

	it('is a stateDiagram-v2 with the entry screen, every stage and labelled transitions', () => {
		expect(mermaid.startsWith('stateDiagram-v2\n')).toBe(true);
		expect(mermaid).toContain('[*] --> entry');
		expect(mermaid).toContain('entry --> early: entry screen clear');
		expect(mermaid).toContain('state "Early days" as early');
		expect(mermaid).toContain(
			'early --> middle: check-in if pain (0-10) at most 1 on 2 check-ins in a row'
		);
		expect(mermaid).toContain('early --> middle: time in stage up');
		expect(mermaid).toContain('emergency_help --> early: assessed, may carry on');
	});

	it('draws safety-net escalations and styles escalation stages apart', () => {
		expect(mermaid).toContain('early --> emergency_help: safety net (ces-bladder-bowel)');
		expect(mermaid).toContain('early --> urgent_help: safety net (fever, self-harm-thoughts)');
		expect(mermaid).toContain('class emergency_help,urgent_help escalation');
		expect(mermaid).toContain('done --> [*]');
	});
});

describe('FHIR export', () => {
	const resources = exportFhirQuestionnaires(pathway);
	const checkinResource = resources.find((r) => r['id'] === 'test-back-daily-checkin') as Record<
		string,
		unknown
	>;
	const items = checkinResource['item'] as Record<string, unknown>[];

	it('writes one R4 Questionnaire per questionnaire', () => {
		expect(resources.map((r) => r['resourceType'])).toEqual(Array(4).fill('Questionnaire'));
		expect(resources.map((r) => r['id'])).toEqual([
			'test-back-entry-screen',
			'test-back-daily-checkin',
			'test-back-symptom-check',
			'test-back-outcomes'
		]);
	});

	it('keeps linkIds, codes, enableWhen and option weights', () => {
		const group = items.find((i) => i['linkId'] === 'ci-group') as Record<string, unknown>;
		expect(group['enableWhen']).toEqual([
			{ question: 'new-symptoms', operator: '=', answerBoolean: true }
		]);
		const fever = (group['item'] as Record<string, unknown>[])[1];
		expect(fever).toMatchObject({
			linkId: 'ci-fever',
			type: 'boolean',
			code: [{ system: LIMBER_CODE_SYSTEM, code: 'rf.fever' }]
		});
		const mood = items.find((i) => i['linkId'] === 'mood-interest') as Record<string, unknown>;
		expect((mood['answerOption'] as unknown[])[3]).toMatchObject({
			valueCoding: { code: 'phq-3' },
			extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/itemWeight', valueDecimal: 3 }]
		});
	});

	it('turns scores into calculated expressions and carries translations', () => {
		const score = items.find((i) => i['linkId'] === 'score-phq2') as Record<string, unknown>;
		expect(score).toMatchObject({ type: 'decimal', readOnly: true, code: [{ code: 'mood.phq2' }] });
		expect(JSON.stringify(score['extension'])).toContain(
			"%resource.repeat(item).where(linkId = 'mood-interest').answer.value.weight() + %resource.repeat(item).where(linkId = 'mood-down').answer.value.weight()"
		);
		const entry = resources[0]?.['item'] as Record<string, unknown>[];
		const fever = entry.find((i) => i['linkId'] === 'fever') as Record<string, unknown>;
		expect(fever['text']).toBe('Have you had a high temperature?');
		expect(JSON.stringify(fever['_text'])).toContain('Ydych chi wedi cael tymheredd uchel?');
	});
});
