/** The studio's diagram: the engine's stages and edges, laid out by dagre. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPathway } from '../../../src/lib/pathway/load/load-pathway.js';
import {
	layoutPathwayDiagram,
	MAX_DRAWN_LABEL,
	shorten
} from '../../../src/lib/studio/pathway-diagram.js';

const ROOT = join(import.meta.dirname, '../../..');
const file = 'pathways/conditions/knee-pain.pathway.json';
const loaded = loadPathway({ file, text: readFileSync(join(ROOT, file), 'utf8') });
if (!loaded.ok) throw new Error('knee-pain does not load');
const pathway = loaded.value;

describe('the pathway diagram', () => {
	const diagram = layoutPathwayDiagram(pathway);

	it('has the entry screen and every stage, escalation stages marked with their severity', () => {
		expect(diagram.nodes.map((n) => n.id)).toEqual(['entry', ...pathway.stages.map((s) => s.id)]);
		const escalations = diagram.nodes.filter((n) => n.kind === 'escalation');
		expect(escalations.length).toBeGreaterThan(0);
		for (const node of escalations) expect(node.severity).toBeDefined();
	});

	it('labels transitions with their conditions in words', () => {
		const transitions = diagram.edges.filter((e) => e.kind === 'transition');
		expect(transitions.length).toBe(pathway.stages.flatMap((s) => s.transitions).length);
		expect(
			transitions.some((e) => / if .*(at least|more than|on \d+ check-ins)/.test(e.label))
		).toBe(true);
		expect(diagram.edges[0]).toMatchObject({ from: 'entry', to: pathway.start, kind: 'start' });
	});

	it('draws safety-net edges into escalation stages only', () => {
		const kinds = new Map(diagram.nodes.map((n) => [n.id, n.kind]));
		const net = diagram.edges.filter((e) => e.kind === 'safety-net');
		expect(net.length).toBeGreaterThan(0);
		for (const edge of net) expect(kinds.get(edge.to)).toBe('escalation');
	});

	it('places every box inside the drawing without overlaps, and every edge has a line', () => {
		for (const node of diagram.nodes) {
			expect(node.x - node.width / 2).toBeGreaterThanOrEqual(0);
			expect(node.y + node.height / 2).toBeLessThanOrEqual(diagram.height);
		}
		for (const [i, a] of diagram.nodes.entries()) {
			for (const b of diagram.nodes.slice(i + 1)) {
				const apart =
					Math.abs(a.x - b.x) >= (a.width + b.width) / 2 ||
					Math.abs(a.y - b.y) >= (a.height + b.height) / 2;
				expect(apart, `${a.id} and ${b.id} overlap`).toBe(true);
			}
		}
		for (const edge of diagram.edges) expect(edge.points.length).toBeGreaterThanOrEqual(2);
	});

	it('shortens long labels for drawing only', () => {
		const long = 'x'.repeat(MAX_DRAWN_LABEL + 10);
		expect(shorten(long)).toHaveLength(MAX_DRAWN_LABEL);
		expect(shorten('short')).toBe('short');
	});
});
