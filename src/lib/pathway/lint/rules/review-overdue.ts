/** `review-overdue`: clinical content past its review date must be looked at again (DCB0129). */
import type { LintRule } from '../lint-rule.js';

/** `review-overdue`: The pathway's "reviewDue" date has not passed. */
export const reviewOverdueRule: LintRule = {
	id: 'review-overdue',
	severity: 'warning',
	description: 'The pathway\'s "reviewDue" date has not passed.',
	check({ pathway, today }) {
		// ISO dates (YYYY-MM-DD) compare correctly as strings.
		if (pathway.reviewDue >= today) return [];
		return [
			{
				path: ['reviewDue'],
				message: `This pathway was due for clinical review on ${pathway.reviewDue} (today is ${today}). Ask the clinical owner to review it, then set a new "reviewDue".`
			}
		];
	}
};
