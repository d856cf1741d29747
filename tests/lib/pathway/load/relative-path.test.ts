import { describe, expect, it } from 'vitest';
import { dirnameOf, resolveRelativePath } from '../../../../src/lib/pathway/load/relative-path.js';

describe('relative paths', () => {
	it('resolves an include against the including file', () => {
		expect(
			resolveRelativePath(
				'pathways/conditions/back.pathway.json',
				'../questionnaires/mskhq.questionnaire.json'
			)
		).toBe('pathways/questionnaires/mskhq.questionnaire.json');
		expect(resolveRelativePath('back.pathway.json', './q.json')).toBe('q.json');
		expect(resolveRelativePath('a/b.json', '../../c.json')).toBe('../c.json');
		expect(resolveRelativePath('/srv/p/b.json', '../../../c.json')).toBe('/c.json');
	});

	it('finds the folder of a file', () => {
		expect(dirnameOf('a/b/c.json')).toBe('a/b');
		expect(dirnameOf('c.json')).toBe('');
	});
});
