/**
 * The studio's diagram of a pathway: the same stages and edges as the engine's Mermaid output
 * (`src/lib/pathway/diagram.ts`: the entry screen, transitions labelled with their event and
 * condition in words, one safety-net edge per stage and escalation target), as a graph laid out
 * with dagre so the page can draw it as SVG and list it as text.
 */
import dagre, { type EdgeLabel, type GraphLabel, type NodeLabel } from '@dagrejs/dagre';
import { describeCondition } from '../pathway/describe.js';
import { ENTRY_STATE, indexPathway } from '../pathway/pathway-index.js';
import { escalationStageSeverities } from '../pathway/safety-net.js';
import type { Pathway, StageKind } from '../pathway/schema/pathway-schema.js';
import { rankSeverity, type Severity } from '../shared/vocabulary.js';

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

/** An arrow in the diagram. */
export interface DiagramEdge {
	readonly from: string;
	readonly to: string;
	/** What moves the patient, in words: "check-in if pain (0-10) at least 7 on 3 check-ins". */
	readonly label: string;
	readonly kind: 'start' | 'transition' | 'safety-net';
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

const EVENT_WORDS: Record<string, string> = {
	'entry.submitted': 'entry screen',
	'checkin.submitted': 'check-in',
	'report.submitted': 'symptom report',
	'outcome.submitted': 'questionnaire',
	day: 'new day',
	'stage.elapsed': 'time in stage up',
	'escalation.cleared': 'assessed, may carry on'
};

const NODE_HEIGHT = 44;
const CHAR_WIDTH = 7.2;
/** Labels longer than this are shortened on the drawing; the text list has them in full. */
export const MAX_DRAWN_LABEL = 60;

interface PlainEdge {
	readonly from: string;
	readonly to: string;
	readonly label: string;
	readonly kind: DiagramEdge['kind'];
}

/** Builds and lays out the diagram of a validated pathway. */
export function layoutPathwayDiagram(pathway: Pathway): PathwayDiagram {
	const index = indexPathway(pathway);
	const severities = escalationStageSeverities(pathway);
	const title = (key: string): string => pathway.strings.en[key] ?? key;

	const plainNodes = [
		{ id: ENTRY_STATE, label: 'Entry safety screen', kind: 'entry' as const, severity: undefined },
		...pathway.stages.map((stage) => ({
			id: stage.id,
			label: title(stage.title),
			kind: stage.kind,
			severity: stage.kind === 'escalation' ? severities.get(stage.id) : undefined
		}))
	];

	const edges: PlainEdge[] = [
		{ from: ENTRY_STATE, to: pathway.start, label: 'entry screen clear', kind: 'start' }
	];
	for (const stage of pathway.stages) {
		for (const transition of stage.transitions) {
			const when =
				transition.when === undefined ? '' : ` if ${describeCondition(transition.when, index)}`;
			edges.push({
				from: stage.id,
				to: transition.to,
				label: `${EVENT_WORDS[transition.on] ?? transition.on}${when}`,
				kind: 'transition'
			});
		}
	}
	// As in the engine and the Mermaid output: one edge per state and escalation target.
	const states = [
		ENTRY_STATE,
		...pathway.stages.filter((s) => s.kind !== 'final').map((s) => s.id)
	];
	for (const state of states) {
		const floor = rankSeverity(severities.get(state) ?? 'routine');
		const byTarget = new Map<string, string[]>();
		for (const rule of pathway.safetyNet) {
			if (rule.escalateTo === undefined || rule.escalateTo === state) continue;
			if (rule.scope !== 'all' && !rule.scope.includes(state)) continue;
			if (rankSeverity(severities.get(rule.escalateTo) ?? 'routine') < floor) continue;
			byTarget.set(rule.escalateTo, [...(byTarget.get(rule.escalateTo) ?? []), rule.id]);
		}
		for (const [target, rules] of byTarget) {
			edges.push({
				from: state,
				to: target,
				label: `safety net: ${rules.join(', ')}`,
				kind: 'safety-net'
			});
		}
	}

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
