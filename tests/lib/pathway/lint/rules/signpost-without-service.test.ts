import { describe, expect, it } from 'vitest';
import { signpostWithoutServiceRule } from '../../../../../src/lib/pathway/lint/rules/signpost-without-service.js';
import {
	append,
	expectAt,
	findingsOf,
	lintVariant,
	positionOf,
	unchanged
} from '../../../../fixtures/pathway-fixture.js';

const rules = [signpostWithoutServiceRule];

describe('signpost-without-service', () => {
	it('finds nothing when national and local services cover every signpost', () => {
		expect(
			findingsOf(lintVariant(unchanged, { rules }).diagnostics, 'signpost-without-service')
		).toEqual([]);
	});

	it('reports a category no locality lists, at its first use', () => {
		const { text, diagnostics } = lintVariant(append('safetyNet.6.signposts', 'stop-smoking'), {
			rules
		});
		const [finding, ...rest] = findingsOf(diagnostics, 'signpost-without-service');
		expect(rest).toEqual([]);
		expect(finding?.severity).toBe('error');
		expect(finding?.path).toBe('safetyNet.6.signposts.1');
		expect(finding?.message).toContain('No locality lists a service for "stop-smoking"');
		expectAt(finding, positionOf(text, '"stop-smoking"'));
	});

	it('reports every category when no localities were loaded', () => {
		const { diagnostics } = lintVariant(unchanged, { rules, localities: [] });
		const found = findingsOf(diagnostics, 'signpost-without-service');
		expect(found.map((diagnostic) => diagnostic.message.match(/"([a-z0-9-]+)"/)?.[1])).toEqual([
			'call-999',
			'nhs-111',
			'urgent-gp',
			'mental-health-crisis',
			'gp',
			'physio-self-referral',
			'talking-therapies'
		]);
		expect(found[0]?.message).toContain('(no locality files were loaded)');
	});
});
