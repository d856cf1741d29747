import { describe, expect, it } from 'vitest';
import { lintPathway } from '../../../../src/lib/pathway/lint/lint-pathway.js';
import { LINT_RULES } from '../../../../src/lib/pathway/lint/rules.js';
import {
	FIXTURE_FILE,
	lintVariant,
	makeVariant,
	readFixtureLocalities,
	set,
	TODAY
} from '../../../fixtures/pathway-fixture.js';

describe('lintPathway', () => {
	it('finds nothing in the minimal valid pathway', () => {
		const variant = makeVariant();
		const diagnostics = lintPathway({
			pathway: variant.pathway,
			file: FIXTURE_FILE,
			locate: variant.locate,
			localities: readFixtureLocalities(),
			today: TODAY
		});
		expect(diagnostics).toEqual([]);
	});

	it('has every rule the safety case relies on, each with a unique id', () => {
		expect(LINT_RULES.map((rule) => rule.id).sort()).toEqual([
			'benign-default',
			'dead-end',
			'dynamic-safety-net',
			'licensed-text',
			'missing-translation',
			'no-emergency-coverage',
			'red-flag-cooldown',
			'red-flag-screening',
			'red-flag-uncovered',
			'required-signpost',
			'review-overdue',
			'severity-below-minimum',
			'signpost-without-service',
			'threshold-gap-overlap',
			'unreachable-stage',
			'unregistered-action'
		]);
		for (const rule of LINT_RULES) {
			expect(rule.id).toMatch(/^[a-z]+(?:-[a-z0-9]+)*$/);
			expect(rule.description.length).toBeGreaterThan(20);
		}
	});

	it('includes reference validation alongside the rules', () => {
		const { diagnostics } = lintVariant(set('stages.1.transitions.0.to', 'finishd'));
		const reference = diagnostics.find((diagnostic) => diagnostic.rule === 'reference');
		expect(reference?.path).toBe('stages.1.transitions.0.to');
		expect(reference?.message).toContain('Did you mean "finished"?');
		// The misspelt target also leaves "finished" unreachable.
		expect(diagnostics.some((diagnostic) => diagnostic.rule === 'unreachable-stage')).toBe(true);
	});

	it('runs only the rules it is given', () => {
		const { diagnostics } = lintVariant(set('safetyNet.0.severity', 'urgent'), {
			rules: []
		});
		expect(diagnostics).toEqual([]);
	});
});
