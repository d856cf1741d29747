/**
 * The studio's diagram of a pathway: the engine's graph (`pathwayGraph` in
 * src/lib/pathway/diagram.ts, which the Mermaid output is made from too) laid out with dagre, so
 * the page can draw it as SVG and list it as text.
 */
import dagre, { type EdgeLabel, type GraphLabel, type NodeLabel } from '@dagrejs/dagre';
import { pathwayGraph, type GraphEdge } from '../pathway/diagram.js';
import { indexPathway } from '../pathway/pathway-index.js';
import { escalationStageSeverities } from '../pathway/safety-net.js';
import type { Pathway, StageKind } from '../pathway/schema/pathway-schema.js';
import type { Severity } from '../shared/vocabulary.js';

/** A box in the diagram. */
export interface DiagramNode {
	readonly id: string;
	/** The English title (or the entry screen's name). */
	readonly label: string;
	readonly kind: StageKind | 'entry';
	/** For escalation stages: the most severe rule that sends patients there. */
	readonly severity: Severity | undefined;
	/** Centre and size after layout. */
	readonly x: number;
	readonly y: number;
	readonly width: number;
	readonly height: number;
}

/** An arrow in the diagram: an edge of the engine's graph, laid out. */
export interface DiagramEdge extends GraphEdge {
	/** The laid-out line, and where the label sits. */
	readonly points: readonly { x: number; y: number }[];
	readonly labelX: number;
	readonly labelY: number;
}

/** The laid-out diagram. */
export interface PathwayDiagram {
	readonly nodes: DiagramNode[];
	readonly edges: DiagramEdge[];
	readonly width: number;
	readonly height: number;
}

const NODE_HEIGHT = 44;
const CHAR_WIDTH = 7.2;
/** Labels longer than this are shortened on the drawing; the text list has them in full. */
export const MAX_DRAWN_LABEL = 60;

/** Builds and lays out the diagram of a validated pathway. */
export function layoutPathwayDiagram(pathway: Pathway): PathwayDiagram {
	const severities = escalationStageSeverities(pathway);
	const plain = pathwayGraph(pathway, indexPathway(pathway));
	const plainNodes = plain.nodes.map((node) => ({
		...node,
		severity: node.kind === 'escalation' ? severities.get(node.id) : undefined
	}));
	const edges = plain.edges;

	const graph = new dagre.graphlib.Graph<GraphLabel, NodeLabel, EdgeLabel>({
		multigraph: true
	});
	graph.setGraph({
		rankdir: 'TB',
		nodesep: 40,
		ranksep: 70,
		edgesep: 16,
		marginx: 16,
		marginy: 16
	});
	graph.setDefaultEdgeLabel(() => ({}));
	for (const node of plainNodes) {
		graph.setNode(node.id, {
			width: Math.max(120, node.label.length * CHAR_WIDTH + 32),
			height: NODE_HEIGHT
		});
	}
	const known = new Set(plainNodes.map((node) => node.id));
	const drawn = edges.filter((edge) => known.has(edge.from) && known.has(edge.to));
	drawn.forEach((edge, position) => {
		const text = shorten(edge.label);
		graph.setEdge(
			edge.from,
			edge.to,
			{
				width: Math.min(text.length, 40) * CHAR_WIDTH * 0.85,
				height: 16,
				labelpos: 'c',
				// Safety-net edges would drag every escalation stage to the middle; they draw
				// without pulling ranks so the recovery plan reads top to bottom.
				weight: edge.kind === 'safety-net' ? 0 : 2,
				minlen: edge.kind === 'safety-net' ? 2 : 1
			},
			String(position)
		);
	});
	dagre.layout(graph);

	const laidOut = graph.graph();
	return {
		nodes: plainNodes.map((node) => {
			const box = graph.node(node.id);
			return { ...node, x: box.x ?? 0, y: box.y ?? 0, width: box.width, height: box.height };
		}),
		edges: drawn.map((edge, position) => {
			const line = graph.edge({ v: edge.from, w: edge.to, name: String(position) });
			return {
				...edge,
				points: line.points ?? [],
				labelX: line.x ?? 0,
				labelY: line.y ?? 0
			};
		}),
		width: laidOut.width ?? 0,
		height: laidOut.height ?? 0
	};
}

/** A label short enough to draw. */
export function shorten(label: string): string {
	return label.length <= MAX_DRAWN_LABEL ? label : `${label.slice(0, MAX_DRAWN_LABEL - 1)}…`;
}
