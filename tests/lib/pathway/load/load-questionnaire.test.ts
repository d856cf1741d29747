import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadQuestionnaire } from '../../../../src/lib/pathway/load/load-questionnaire.js';
import { FIXTURES, positionOf } from '../../../fixtures/pathway-fixture.js';

const FILE = 'local-mobility.questionnaire.json';
const TEXT = readFileSync(`${FIXTURES}questionnaires/${FILE}`, 'utf8');

describe('loadQuestionnaire', () => {
	it('loads a questionnaire file, ignoring its $schema', () => {
		const result = loadQuestionnaire({ file: FILE, text: TEXT });
		expect(result.ok && result.value.items[0]?.code).toBe('local.mobility.walking');
	});

	it('reports problems in the questionnaire file itself', () => {
		const text = TEXT.replace('"type": "integer"', '"type": "integr"');
		const result = loadQuestionnaire({ file: FILE, text });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.diagnostics).toEqual([
			expect.objectContaining({ file: FILE, path: 'items.0.type', ...positionOf(text, '"integr"') })
		]);
		expect(result.diagnostics[0]?.message).toContain('Did you mean "integer"?');
	});
});
