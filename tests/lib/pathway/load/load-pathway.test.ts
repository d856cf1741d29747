import { describe, expect, it } from 'vitest';
import { loadPathway } from '../../../../src/lib/pathway/load/load-pathway.js';
import {
	positionOf,
	readFixture,
	set,
	toJsonText,
	valueAt
} from '../../../fixtures/pathway-fixture.js';

const FILE = 'pathways/conditions/minimal.pathway.json';
const INCLUDE = '../questionnaires/outcomes.questionnaire.json';
const INCLUDED_FILE = 'pathways/questionnaires/outcomes.questionnaire.json';

/** The fixture with its outcome questionnaire moved into its own file. */
function splitFixture(changeIncluded: (questionnaire: Record<string, unknown>) => void = () => {}) {
	const data = readFixture();
	const questionnaire = valueAt(data, 'questionnaires.3') as Record<string, unknown>;
	changeIncluded(questionnaire);
	set('questionnaires.3', { include: INCLUDE })(data);
	return { pathwayText: toJsonText(data), includedText: toJsonText(questionnaire) };
}

describe('loadPathway', () => {
	it('loads the fixture and can place any path of it', () => {
		const text = toJsonText(readFixture());
		const result = loadPathway({ file: FILE, text });
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.value.id).toBe('minimal');
		expect(result.locate('start')).toEqual({ ...positionOf(text, '"settling"'), file: undefined });
	});

	it('resolves includes relative to the pathway file and locates paths inside them', () => {
		const { pathwayText, includedText } = splitFixture((questionnaire) => {
			questionnaire.$schema = '../schema/questionnaire.schema.json';
		});
		const asked: string[] = [];
		const result = loadPathway({
			file: FILE,
			text: pathwayText,
			readInclude: (path) => {
				asked.push(path);
				return path === INCLUDE ? includedText : undefined;
			}
		});
		expect(asked).toEqual([INCLUDE]);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.value.questionnaires[3]?.id).toBe('outcomes');
		expect(result.includes).toEqual([expect.objectContaining({ index: 3, file: INCLUDED_FILE })]);
		expect(result.locate('questionnaires.3.items.0.linkId')).toEqual({
			...positionOf(includedText, '"change"'),
			file: INCLUDED_FILE
		});
	});

	it('reports problems inside an included file in that file', () => {
		const { pathwayText, includedText } = splitFixture((questionnaire) => {
			questionnaire.purpose = 'outcomes';
		});
		const result = loadPathway({ file: FILE, text: pathwayText, readInclude: () => includedText });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.diagnostics).toHaveLength(1);
		expect(result.diagnostics[0]).toMatchObject({
			file: INCLUDED_FILE,
			path: 'purpose',
			...positionOf(includedText, '"outcomes"', 2)
		});
		expect(result.diagnostics[0]?.message).toContain('Did you mean "outcome"?');
	});

	it('reports an include that cannot be read, at the include', () => {
		const { pathwayText } = splitFixture();
		const result = loadPathway({ file: FILE, text: pathwayText, readInclude: () => undefined });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.diagnostics).toEqual([
			expect.objectContaining({
				file: FILE,
				path: 'questionnaires.3.include',
				rule: 'reference',
				...positionOf(pathwayText, `"${INCLUDE}"`)
			})
		]);
		expect(result.diagnostics[0]?.message).toContain(`looked for ${INCLUDED_FILE}`);
	});

	it('explains an include that is not a path', () => {
		const data = readFixture();
		set('questionnaires.3', { include: 5 })(data);
		const result = loadPathway({ file: FILE, text: toJsonText(data) });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.diagnostics.map((diagnostic) => diagnostic.message)).toEqual([
			'Expected text in double quotes here, but found 5. (Path of a *.questionnaire.json file, relative to this pathway file.)'
		]);
	});

	it('stops at syntax errors', () => {
		const result = loadPathway({ file: FILE, text: '{ "id": }' });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.diagnostics.every((diagnostic) => diagnostic.rule === 'json-syntax')).toBe(true);
	});
});
