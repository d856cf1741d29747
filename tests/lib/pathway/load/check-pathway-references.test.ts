import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../../src/lib/pathway/load/diagnostic.js';
import {
	append,
	checkVariant,
	expectAt,
	keyPositionOf,
	remove,
	set,
	unchanged,
	valuePositionOf
} from '../../../fixtures/pathway-fixture.js';

const STAGE_IDS = '"settling", "building-up", "finished", "emergency-help", "urgent-help"';

/** The diagnostics at one path. */
function at(diagnostics: readonly Diagnostic[], path: string): Diagnostic[] {
	return diagnostics.filter((diagnostic) => diagnostic.path === path);
}

describe('checkPathwayReferences', () => {
	it('finds nothing in the fixture', () => {
		expect(checkVariant(unchanged).diagnostics).toEqual([]);
	});

	describe('stages', () => {
		it('names an unknown transition target, suggests the stage meant and lists the stage ids', () => {
			const { text, diagnostics } = checkVariant(set('stages.0.transitions.1.to', 'buildng-up'));
			const [error] = at(diagnostics, 'stages.0.transitions.1.to');
			expect(error).toMatchObject({
				rule: 'reference',
				severity: 'error',
				file: 'minimal.pathway.json'
			});
			expect(error?.message).toBe(
				`Unknown stage "buildng-up". Did you mean "building-up"? Stage ids are: ${STAGE_IDS}.`
			);
			expectAt(error, valuePositionOf(text, 'to', '"buildng-up"'));
		});

		it('requires "start" to be an existing recovery stage', () => {
			expect(at(checkVariant(set('start', 'setling')).diagnostics, 'start')[0]?.message).toContain(
				'Unknown stage "setling". Did you mean "settling"?'
			);
			expect(at(checkVariant(set('start', 'finished')).diagnostics, 'start')[0]?.message).toContain(
				'which is a final stage'
			);
		});

		it("keeps the engine's own state ids for the engine", () => {
			const { diagnostics } = checkVariant(
				set('stages.2.id', 'stopped'),
				set('stages.1.transitions.0.to', 'stopped'),
				set('migrations.0.stages.done', 'stopped')
			);
			expect(at(diagnostics, 'stages.2.id')[0]?.message).toContain(
				'"stopped" is a state the engine adds to every pathway (entry, stopped)'
			);
		});

		it('reports duplicate ids at the later one, naming the line of the first', () => {
			const { text, diagnostics } = checkVariant(set('content.exercises.0.id', 'keep-moving'));
			const [error] = at(diagnostics, 'content.exercises.0.id');
			const first = valuePositionOf(text, 'id', '"keep-moving"', 1);
			expect(error?.message).toBe(
				`The content id "keep-moving" is used twice across advice and exercises (first on line ${first.line}). Every content id must be unique: rename one of them.`
			);
			expectAt(error, valuePositionOf(text, 'id', '"keep-moving"', 2));
		});

		it('says a final stage cannot have transitions', () => {
			const { diagnostics } = checkVariant(
				set('stages.2.transitions', [{ on: 'day', to: 'settling' }])
			);
			expect(at(diagnostics, 'stages.2.transitions')[0]?.message).toContain(
				'is final, so it ends the pathway'
			);
		});

		it('warns about transitions that can never fire', () => {
			const { diagnostics } = checkVariant(
				set('stages.1.transitions.0.on', 'stage.elapsed'),
				append('stages.1.transitions', { on: 'entry.submitted', to: 'settling' })
			);
			expect(at(diagnostics, 'stages.1.transitions.0.on')[0]).toMatchObject({
				severity: 'warning'
			});
			expect(at(diagnostics, 'stages.1.transitions.0.on')[0]?.message).toContain('has none');
			expect(at(diagnostics, 'stages.1.transitions.1.on')[0]?.message).toContain(
				'"entry.submitted" never reaches a stage'
			);
		});
	});

	describe('safety-net rules', () => {
		it('requires escalateTo to name an escalation stage', () => {
			const { text, diagnostics } = checkVariant(set('safetyNet.0.escalateTo', 'settling'));
			const [error] = at(diagnostics, 'safetyNet.0.escalateTo');
			expect(error?.message).toBe(
				'"escalateTo" must name an escalation stage (kind "escalation"), but "settling" is kind "stage". Escalation stages: "emergency-help", "urgent-help".'
			);
			expectAt(error, valuePositionOf(text, 'escalateTo', '"settling"'));
		});

		it('checks scope stage ids and explains that entry is not a stage', () => {
			const { diagnostics } = checkVariant(set('safetyNet.2.scope', ['entry', 'setling']));
			expect(at(diagnostics, 'safetyNet.2.scope.0')[0]?.message).toContain('Use "scope": "all"');
			expect(at(diagnostics, 'safetyNet.2.scope.1')[0]?.message).toContain(
				'Did you mean "settling"?'
			);
		});

		it('warns when a rule controls a hazard the pathway does not list', () => {
			const { diagnostics } = checkVariant(set('safetyNet.2.hazard', 'HAZ-002'));
			expect(at(diagnostics, 'safetyNet.2.hazard')[0]).toMatchObject({ severity: 'warning' });
		});
	});

	describe('plans and content', () => {
		it('requires a plan check-in to be a check-in questionnaire', () => {
			const { diagnostics } = checkVariant(set('stages.0.plan.checkin', 'outcomes'));
			expect(at(diagnostics, 'stages.0.plan.checkin')[0]?.message).toBe(
				'"checkin" must name a questionnaire with "purpose": "checkin", but "outcomes" has purpose "outcome".'
			);
		});

		it('tells advice and exercises apart and suggests ids', () => {
			const { diagnostics } = checkVariant(
				set('stages.0.plan.advice', ['knee-rolls']),
				set('stages.0.plan.exercises', ['knee-roll']),
				set('stages.0.plan.adapt.0.advice', ['flare'])
			);
			expect(at(diagnostics, 'stages.0.plan.advice.0')[0]?.message).toContain(
				'is an exercise, not advice'
			);
			expect(at(diagnostics, 'stages.0.plan.exercises.0')[0]?.message).toContain(
				'Did you mean "knee-rolls"?'
			);
			expect(at(diagnostics, 'stages.0.plan.adapt.0.advice.0')[0]?.message).toContain(
				'Did you mean "flare-up"?'
			);
		});
	});

	describe('questionnaires', () => {
		it('requires exactly one entry screen and one symptom report', () => {
			const { diagnostics } = checkVariant(set('questionnaires.1.purpose', 'entry'));
			expect(at(diagnostics, 'questionnaires')[0]?.message).toContain(
				'no questionnaire with "purpose": "report"'
			);
			expect(at(diagnostics, 'questionnaires.1.purpose')[0]?.message).toContain(
				'more than one questionnaire with "purpose": "entry" ("entry-screen", "symptom-report")'
			);
		});

		it('checks scale ranges and benign defaults', () => {
			const { diagnostics } = checkVariant(
				set('questionnaires.2.items.0.max', 0),
				set('questionnaires.2.items.0.default', 11),
				set('questionnaires.2.items.1.default', 'fine'),
				set('questionnaires.0.items.0.default', true)
			);
			expect(at(diagnostics, 'questionnaires.2.items.0.max')[0]?.message).toContain(
				'must be greater than "min"'
			);
			expect(at(diagnostics, 'questionnaires.2.items.0.default')[0]?.message).toContain(
				'outside 0 to 0'
			);
			expect(at(diagnostics, 'questionnaires.2.items.1.default')[0]?.message).toContain(
				'Option codes are'
			);
			expect(at(diagnostics, 'questionnaires.0.items.0.default')[0]?.message).toContain(
				'The default for red-flag question "saddle" (rf.ces.saddle-numbness) must be false'
			);
		});

		it('requires enableWhen to name an earlier question with a fitting answer', () => {
			const ask = (question: string, operator: string, answer: string | number | boolean) =>
				checkVariant(set('questionnaires.2.items.1.enableWhen', [{ question, operator, answer }]))
					.diagnostics;
			expect(ask('pain', '>=', 5)).toEqual([]);
			expect(
				at(ask('down', '=', 'f1'), 'questionnaires.2.items.1.enableWhen.0.question')[0]?.message
			).toContain('"down" comes later');
			expect(
				at(ask('pian', '>=', 5), 'questionnaires.2.items.1.enableWhen.0.question')[0]?.message
			).toContain('Did you mean "pain"?');
			expect(
				at(ask('pain', '=', 'high'), 'questionnaires.2.items.1.enableWhen.0.answer')[0]?.message
			).toContain('compare it with a number, not "high"');
		});

		it('requires scores to use scorable items of their own questionnaire', () => {
			const { diagnostics } = checkVariant(
				set('questionnaires.2.scores.0.items', ['interest', 'feel', 'change'])
			);
			expect(at(diagnostics, 'questionnaires.2.scores.0.items.1')[0]?.message).toContain(
				'Choice item "feel" cannot be scored: options "better", "same", "worse" have no "weight"'
			);
			expect(at(diagnostics, 'questionnaires.2.scores.0.items.2')[0]?.message).toContain(
				'questionnaire "daily" has no item with that linkId'
			);
		});
	});

	describe('conditions', () => {
		it('names an unknown item and suggests the code meant', () => {
			const { text, diagnostics } = checkVariant(
				set('safetyNet.2.when.answer.item', 'mh.self-harm')
			);
			const [error] = at(diagnostics, 'safetyNet.2.when.answer.item');
			expect(error?.message).toContain(
				'No question has code or linkId "mh.self-harm". Did you mean "mh.self-harm-thoughts"?'
			);
			expectAt(error, valuePositionOf(text, 'item', '"mh.self-harm"'));
		});

		it('checks that the value fits the item', () => {
			const choice = checkVariant(
				set('stages.0.transitions.0.when.answer.value', 'wrse')
			).diagnostics;
			expect(at(choice, 'stages.0.transitions.0.when.answer.value')[0]?.message).toBe(
				'"wrse" is not an option of "feel.today". Did you mean "worse"? Its option codes are: "better", "same", "worse".'
			);
			const yesNo = checkVariant(set('safetyNet.2.when.answer.value', 'yes')).diagnostics;
			expect(at(yesNo, 'safetyNet.2.when.answer.value')[0]?.message).toContain(
				'compare it with true or false'
			);
			const range = checkVariant(
				set('stages.0.transitions.0.when', { answer: { item: 'pain.nrs', op: '>=', value: 11 } })
			).diagnostics;
			expect(at(range, 'stages.0.transitions.0.when.answer.value')[0]).toMatchObject({
				severity: 'warning'
			});
		});

		it('names unknown scores and points from questions to answer tests', () => {
			const unknown = checkVariant(set('safetyNet.6.when.score.score', 'mood.phq')).diagnostics;
			expect(at(unknown, 'safetyNet.6.when.score.score')[0]?.message).toContain(
				'Did you mean "mood.phq2"?'
			);
			const item = checkVariant(set('safetyNet.6.when.score.score', 'pain.nrs')).diagnostics;
			expect(at(item, 'safetyNet.6.when.score.score')[0]?.message).toContain(
				'"pain.nrs" is a question'
			);
		});

		it('requires trends to follow a number', () => {
			const { diagnostics } = checkVariant(set('safetyNet.3.when.trend.item', 'feel.today'));
			expect(at(diagnostics, 'safetyNet.3.when.trend.item')[0]?.message).toContain(
				'is a choice item'
			);
		});

		it('warns about flags nothing sets', () => {
			const { diagnostics } = checkVariant(set('stages.1.plan.adapt.0.when.flag', 'had-flair'));
			const [warning] = at(diagnostics, 'stages.1.plan.adapt.0.when.flag');
			expect(warning?.severity).toBe('warning');
			expect(warning?.message).toContain('Did you mean "had-flare"?');
		});
	});

	describe('strings', () => {
		it('requires every key in English and warns about unused English strings', () => {
			const { text, diagnostics } = checkVariant(set('stages.0.title', 'stage.setling.title'));
			const [missing] = at(diagnostics, 'stages.0.title');
			expect(missing?.message).toBe(
				'The string key "stage.setling.title" is not in "strings" → "en". Did you mean "stage.settling.title"? Add it there with the English text, or fix the key.'
			);
			expectAt(missing, valuePositionOf(text, 'title', '"stage.setling.title"'));
			const [unused] = at(diagnostics, 'strings.en.stage.settling.title');
			expect(unused?.severity).toBe('warning');
			expectAt(unused, keyPositionOf(text, 'stage.settling.title'));
		});
	});

	describe('schedule, actions, migrations and languages', () => {
		it('requires outcome questionnaires on strictly ascending days', () => {
			const { diagnostics } = checkVariant(
				set('schedule.0', { questionnaire: 'daily', days: [0, 42, 42] })
			);
			expect(at(diagnostics, 'schedule.0.questionnaire')[0]?.message).toContain(
				'has purpose "checkin"'
			);
			expect(at(diagnostics, 'schedule.0.days.2')[0]?.message).toContain(
				'day 42 comes after day 42'
			);
		});

		it('checks action parameters', () => {
			const missing = checkVariant(remove('stages.0.transitions.0.actions.0.params')).diagnostics;
			expect(at(missing, 'stages.0.transitions.0.actions.0')[0]?.message).toContain(
				'needs the parameter "flag"'
			);
			const extra = checkVariant(
				set('stages.0.transitions.0.actions.0.params.flg', 'x')
			).diagnostics;
			expect(at(extra, 'stages.0.transitions.0.actions.0.params.flg')[0]?.message).toContain(
				'Did you mean "flag"?'
			);
		});

		it('requires migrations from older versions onto existing stages', () => {
			const { diagnostics } = checkVariant(
				set('migrations.0.from', '1.1.0'),
				set('migrations.0.stages.done', 'finishd')
			);
			expect(at(diagnostics, 'migrations.0.from')[0]?.message).toContain('"1.1.0" is not older');
			expect(at(diagnostics, 'migrations.0.stages.done')[0]?.message).toContain(
				'Did you mean "finished"?'
			);
		});

		it('keeps declared languages and string tables in step, with sign-off for approved ones', () => {
			const { diagnostics } = checkVariant(
				set('strings.cy', { 'pathway.title': 'Poen cefn' }),
				set('locales.ur', { status: 'approved', approver: 'Dr U' })
			);
			expect(at(diagnostics, 'strings.cy')[0]?.message).toContain('"cy" is not in "locales"');
			expect(at(diagnostics, 'locales.ur').map((diagnostic) => diagnostic.message)).toEqual([
				'Urdu (ur) is declared in "locales" but "strings" has no "ur" table. Add the translated strings, or remove the language.',
				'An approved Urdu translation needs a named "translator".'
			]);
		});
	});
});
