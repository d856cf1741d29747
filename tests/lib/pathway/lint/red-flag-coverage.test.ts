import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listRefsCoveredByYes } from '../../../../src/lib/pathway/lint/red-flag-coverage.js';
import type { Condition } from '../../../../src/lib/pathway/schema/condition-schema.js';

const yes = (item: string): Condition => ({ answer: { item, op: '=', value: true } });

describe('listRefsCoveredByYes', () => {
	it('counts = true, != false and exists true as firing on yes', () => {
		expect([...listRefsCoveredByYes(yes('rf.fever'))]).toEqual(['rf.fever']);
		expect([...listRefsCoveredByYes({ answer: { item: 'a', op: '!=', value: false } })]).toEqual([
			'a'
		]);
		expect([...listRefsCoveredByYes({ answer: { item: 'a', op: 'exists', value: true } })]).toEqual(
			['a']
		);
	});

	it('does not count tests that yes alone does not pass', () => {
		expect(listRefsCoveredByYes({ answer: { item: 'a', op: '=', value: false } }).size).toBe(0);
		expect(listRefsCoveredByYes({ answer: { item: 'a', op: 'exists', value: false } }).size).toBe(
			0
		);
		expect(listRefsCoveredByYes({ flag: 'had-flare' }).size).toBe(0);
	});

	it('covers every alternative of an any, and only what every member of an all covers', () => {
		expect([...listRefsCoveredByYes({ any: [yes('a'), yes('b')] })]).toEqual(['a', 'b']);
		expect([...listRefsCoveredByYes({ all: [yes('a'), { day: { op: '>=', value: 1 } }] })]).toEqual(
			[]
		);
		expect([...listRefsCoveredByYes({ all: [yes('a'), { any: [yes('a'), yes('b')] }] })]).toEqual([
			'a'
		]);
	});

	it('never counts a not, whatever it wraps', () => {
		const condition: fc.Arbitrary<Condition> = fc.letrec<{ c: Condition }>((tie) => ({
			c: fc.oneof(
				{ depthSize: 'small', withCrossShrink: true },
				fc.constantFrom('a', 'b').map(yes),
				fc.array(tie('c'), { minLength: 1, maxLength: 3 }).map((all) => ({ all })),
				fc.array(tie('c'), { minLength: 1, maxLength: 3 }).map((any) => ({ any })),
				tie('c').map((not) => ({ not }))
			)
		})).c;
		fc.assert(
			fc.property(condition, (inner) => {
				expect(listRefsCoveredByYes({ not: inner }).size).toBe(0);
			})
		);
	});
});
