/**
 * A small but complete pathway for engine tests: an entry screen with two red flags, a daily
 * check-in with pain, feeling, a hidden red-flag follow-up and a weekly PHQ-2, a symptom report,
 * an outcome questionnaire on days 0 and 14, three plan stages, two escalation stages, a final
 * stage and the dynamic safety-net rules.
 */
import { PathwaySchema, type Pathway } from '../../../src/lib/pathway/schema/pathway-schema.js';
import type { ItemCode } from '../../../src/lib/shared/vocabulary.js';

const yesNo = (linkId: string, code: ItemCode) => ({
	linkId,
	code,
	type: 'boolean' as const,
	text: `item.${linkId}`,
	required: true,
	default: false
});

const phq = (linkId: string, code: ItemCode) => ({
	linkId,
	code,
	type: 'choice' as const,
	text: `item.${linkId}`,
	required: true,
	default: 'phq-0',
	everyDays: 7,
	options: [0, 1, 2, 3].map((n) => ({ code: `phq-${n}`, text: `option.phq.${n}`, weight: n }))
});

const strings: Record<string, string> = {};

/** Builds the fixture; pass overrides to derive variants. */
export function buildFixturePathway(overrides: Partial<Pathway> = {}): Pathway {
	const pathway: Pathway = {
		id: 'test-back',
		version: '1.0.0',
		status: 'active',
		condition: 'back',
		title: 'pathway.title',
		summary: 'pathway.summary',
		locales: { en: { status: 'approved', approver: 'Test approver' } },
		clinicalOwner: 'Test owner',
		approvedBy: 'Test approver',
		approvalDate: '2026-01-01',
		reviewDue: '2027-01-01',
		references: [{ title: 'NICE NG59' }],
		hazards: ['HAZ-001'],
		start: 'early',
		questionnaires: [
			{
				id: 'entry-screen',
				purpose: 'entry',
				title: 'q.entry',
				items: [
					yesNo('ces-bladder', 'rf.ces.bladder-bowel'),
					yesNo('fever', 'rf.fever'),
					yesNo('self-harm', 'mh.self-harm-thoughts')
				]
			},
			{
				id: 'daily-checkin',
				purpose: 'checkin',
				title: 'q.checkin',
				items: [
					{
						linkId: 'pain',
						code: 'pain.nrs',
						type: 'integer',
						text: 'item.pain',
						min: 0,
						max: 10,
						required: true,
						default: 4
					},
					{
						linkId: 'feel',
						code: 'feel.today',
						type: 'choice',
						text: 'item.feel',
						required: true,
						default: 'same',
						options: [
							{ code: 'better', text: 'option.better' },
							{ code: 'same', text: 'option.same' },
							{ code: 'worse', text: 'option.worse' }
						]
					},
					{
						linkId: 'new-symptoms',
						type: 'boolean',
						text: 'item.new',
						required: true,
						default: false
					},
					{
						linkId: 'ci-group',
						type: 'group',
						text: 'item.group',
						enableWhen: [{ question: 'new-symptoms', operator: '=', answer: true }],
						items: [yesNo('ci-ces-bladder', 'rf.ces.bladder-bowel'), yesNo('ci-fever', 'rf.fever')]
					},
					phq('mood-interest', 'mood.phq2.interest'),
					phq('mood-down', 'mood.phq2.down')
				],
				scores: [
					{
						id: 'phq2',
						code: 'mood.phq2',
						method: 'sum',
						items: ['mood-interest', 'mood-down'],
						min: 0,
						max: 6
					}
				]
			},
			{
				id: 'symptom-check',
				purpose: 'report',
				title: 'q.report',
				items: [yesNo('sc-ces-bladder', 'rf.ces.bladder-bowel'), yesNo('sc-fever', 'rf.fever')]
			},
			{
				id: 'outcomes',
				purpose: 'outcome',
				title: 'q.outcomes',
				items: [
					{
						linkId: 'psfs-rating',
						code: 'function.psfs.rating',
						type: 'integer',
						text: 'item.psfs',
						min: 0,
						max: 10,
						required: true,
						default: 5
					}
				],
				scores: [
					{
						id: 'psfs',
						code: 'function.psfs',
						method: 'mean',
						items: ['psfs-rating'],
						min: 0,
						max: 10
					}
				]
			}
		],
		content: {
			advice: [
				{ id: 'keep-moving', title: 'advice.keep-moving.title', body: 'advice.keep-moving.body' },
				{ id: 'flare-up', title: 'advice.flare-up.title', body: 'advice.flare-up.body' },
				{ id: 'wait', title: 'advice.wait.title', body: 'advice.wait.body' }
			],
			exercises: [
				{
					id: 'knee-rolls',
					title: 'ex.knee-rolls',
					steps: ['ex.knee-rolls.1'],
					dose: { reps: 10 }
				},
				{ id: 'bridge', title: 'ex.bridge', steps: ['ex.bridge.1'], dose: { reps: 8, sets: 2 } }
			]
		},
		stages: [
			{
				id: 'early',
				kind: 'stage',
				title: 'stage.early',
				plan: {
					checkin: 'daily-checkin',
					advice: ['keep-moving'],
					exercises: ['knee-rolls', 'bridge'],
					adapt: [
						{
							when: { answer: { item: 'feel.today', op: '=', value: 'worse' } },
							advice: ['flare-up'],
							hide: ['bridge']
						}
					]
				},
				maxDays: 7,
				transitions: [
					{
						on: 'checkin.submitted',
						when: {
							trend: { kind: 'consecutive', item: 'pain.nrs', count: 2, op: '<=', value: 1 }
						},
						to: 'middle',
						actions: [{ type: 'setFlag', params: { flag: 'fast-recovery' } }]
					},
					{ on: 'stage.elapsed', to: 'middle' }
				]
			},
			{
				id: 'middle',
				kind: 'stage',
				title: 'stage.middle',
				plan: { checkin: 'daily-checkin', advice: ['keep-moving'], exercises: ['bridge'] },
				maxDays: 14,
				transitions: [{ on: 'stage.elapsed', to: 'late' }]
			},
			{
				id: 'late',
				kind: 'stage',
				title: 'stage.late',
				plan: { checkin: 'daily-checkin', advice: ['keep-moving'], exercises: ['bridge'] },
				transitions: [{ on: 'day', when: { day: { op: '>=', value: 84 } }, to: 'done' }]
			},
			{ id: 'done', kind: 'final', title: 'stage.done', transitions: [] },
			{
				id: 'emergency-help',
				kind: 'escalation',
				title: 'stage.emergency',
				plan: { advice: ['wait'], exercises: [] },
				transitions: [{ on: 'escalation.cleared', to: 'early' }]
			},
			{
				id: 'urgent-help',
				kind: 'escalation',
				title: 'stage.urgent',
				plan: { advice: ['wait'], exercises: [] },
				transitions: [{ on: 'escalation.cleared', to: 'early' }]
			}
		],
		safetyNet: [
			{
				id: 'ces-bladder-bowel',
				severity: 'emergency',
				scope: 'all',
				when: { answer: { item: 'rf.ces.bladder-bowel', op: '=', value: true } },
				signposts: ['call-999'],
				escalateTo: 'emergency-help',
				message: 'safety.ces',
				rationale: 'CES needs emergency assessment.',
				source: 'GIRFT',
				hazard: 'HAZ-001'
			},
			{
				id: 'fever',
				severity: 'urgent',
				scope: 'all',
				when: { answer: { item: 'rf.fever', op: '=', value: true } },
				signposts: ['nhs-111', 'urgent-gp'],
				escalateTo: 'urgent-help',
				message: 'safety.fever',
				rationale: 'Possible infection.',
				source: 'NICE CKS',
				hazard: 'HAZ-001'
			},
			{
				id: 'self-harm-thoughts',
				severity: 'urgent',
				scope: 'all',
				when: { answer: { item: 'mh.self-harm-thoughts', op: '=', value: true } },
				signposts: ['mental-health-crisis', 'nhs-111'],
				escalateTo: 'urgent-help',
				message: 'safety.self-harm',
				rationale: 'Risk of harm.',
				source: 'NICE',
				hazard: 'HAZ-001'
			},
			{
				id: 'worsening',
				severity: 'soon',
				scope: ['early', 'middle', 'late'],
				code: 'sn.worsening',
				when: { trend: { kind: 'rise', item: 'pain.nrs', by: 2, within: 3 } },
				signposts: ['gp', 'physio-self-referral'],
				cooldownDays: 7,
				message: 'safety.worsening',
				rationale: 'Rising pain.',
				source: 'safety-facts 4',
				hazard: 'HAZ-001'
			},
			{
				id: 'not-improving',
				severity: 'soon',
				scope: ['early', 'middle', 'late'],
				code: 'sn.not-improving',
				when: {
					all: [
						{ day: { op: '>=', value: 42 } },
						{ trend: { kind: 'change-from-baseline', item: 'pain.nrs', op: '>', value: -2 } }
					]
				},
				signposts: ['gp', 'physio-self-referral'],
				cooldownDays: 28,
				message: 'safety.not-improving',
				rationale: 'No improvement.',
				source: 'safety-facts 4',
				hazard: 'HAZ-001'
			},
			{
				id: 'severe-pain',
				severity: 'urgent',
				scope: ['early', 'middle', 'late'],
				code: 'sn.severe-pain',
				when: { trend: { kind: 'consecutive', item: 'pain.nrs', count: 3, op: '>=', value: 9 } },
				signposts: ['nhs-111', 'urgent-gp'],
				cooldownDays: 3,
				message: 'safety.severe-pain',
				rationale: 'Severe pain.',
				source: 'safety-facts 4',
				hazard: 'HAZ-001'
			},
			{
				id: 'low-mood',
				severity: 'routine',
				scope: ['early', 'middle', 'late'],
				code: 'sn.low-mood',
				when: { score: { score: 'mood.phq2', op: '>=', value: 3 } },
				signposts: ['talking-therapies'],
				cooldownDays: 14,
				message: 'safety.low-mood',
				rationale: 'Low mood.',
				source: 'safety-facts 4',
				hazard: 'HAZ-001'
			}
		],
		schedule: [{ questionnaire: 'outcomes', days: [0, 14] }],
		strings: { en: strings },
		...overrides
	};
	return PathwaySchema.parse(pathway);
}
