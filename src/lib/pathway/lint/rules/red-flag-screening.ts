/**
 * `red-flag-screening`: the entry screen and the symptom report each ask every red flag of the
 * pathway's body area (RED_FLAGS_FOR_AREA), and the daily check-in asks about thoughts of
 * self-harm at least weekly (safety-facts.md section 3).
 */
import { RED_FLAGS, RED_FLAGS_FOR_AREA } from '../../../shared/vocabulary.js';
import { listAnswerableItems } from '../../items.js';
import { quote } from '../../load/suggest.js';
import { listQuestionnaireItems } from '../../load/walk-pathway.js';
import type { LintFinding, LintRule } from '../lint-rule.js';

const SELF_HARM = 'mh.self-harm-thoughts';

/**
 * `red-flag-screening`: The entry screen and symptom report ask every red flag for the body area;
 * the check-in asks about self-harm at least weekly.
 */
export const redFlagScreeningRule: LintRule = {
	id: 'red-flag-screening',
	severity: 'error',
	description:
		'The entry screen and symptom report ask every red flag for the body area; the check-in asks about self-harm at least weekly.',
	check({ pathway }) {
		const findings: LintFinding[] = [];
		const required = RED_FLAGS_FOR_AREA[pathway.condition];
		pathway.questionnaires.forEach((questionnaire, q) => {
			if (questionnaire.purpose !== 'entry' && questionnaire.purpose !== 'report') return;
			const asked = new Set(listAnswerableItems(questionnaire).map((item) => item.code));
			const screen = questionnaire.purpose === 'entry' ? 'entry screen' : 'symptom report';
			for (const code of required) {
				if (asked.has(code)) continue;
				findings.push({
					path: ['questionnaires', q, 'items'],
					message: `The ${screen} ${quote(questionnaire.id)} does not ask about ${code} (${RED_FLAGS[code].meaning}), which every ${pathway.condition} pathway must screen for. Add a yes/no item with "code": ${quote(code)}.`
				});
			}
		});
		const checkins = pathway.questionnaires
			.map((questionnaire, index) => ({ questionnaire, index }))
			.filter(({ questionnaire }) => questionnaire.purpose === 'checkin');
		if (checkins.length === 0) {
			findings.push({
				path: ['questionnaires'],
				message: `There is no daily check-in, so thoughts of self-harm (${SELF_HARM}) are never asked after entry. Add a questionnaire with "purpose": "checkin" that asks it at least weekly.`
			});
		}
		for (const { questionnaire, index } of checkins) {
			const items = listQuestionnaireItems(questionnaire, index).filter(
				({ item }) => item.code === SELF_HARM
			);
			if (items.length === 0) {
				findings.push({
					path: ['questionnaires', index, 'items'],
					message: `The check-in ${quote(questionnaire.id)} does not ask about thoughts of self-harm (${SELF_HARM}). Add a yes/no item with "code": ${quote(SELF_HARM)} and "everyDays": 7 (or less).`
				});
				continue;
			}
			const weekly = items.some(({ item }) => item.everyDays === undefined || item.everyDays <= 7);
			if (!weekly) {
				findings.push({
					path: [...items[0]!.path, 'everyDays'],
					message: `Thoughts of self-harm must be asked at least weekly, but ${quote(items[0]!.item.linkId)} is asked every ${items[0]!.item.everyDays} days. Set "everyDays" to 7 or less.`
				});
			}
		}
		return findings;
	}
};
