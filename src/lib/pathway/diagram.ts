/**
 * The pathway as a Mermaid `stateDiagram-v2`: stages, the engine's entry screen, transitions
 * labelled with their event and condition in words, safety-net escalations as dashed-style
 * edges from every stage in scope, and escalation stages styled apart. Used by
 * `limber pathway diagram`, the studio and the safety review pack.
 */
import { rankSeverity } from '../shared/vocabulary.js';
import { describeCondition } from './describe.js';
import { escalationStageSeverities } from './safety-net.js';
import { ENTRY_STATE, type PathwayIndex } from './pathway-index.js';
import type { Pathway } from './schema/pathway-schema.js';

const EVENT_WORDS: Record<string, string> = {
	'entry.submitted': 'entry screen',
	'checkin.submitted': 'check-in',
	'report.submitted': 'symptom report',
	'outcome.submitted': 'questionnaire',
	day: 'new day',
	'stage.elapsed': 'time in stage up',
	'escalation.cleared': 'assessed, may carry on'
};

/** A state in the pathway's graph: the engine's entry screen or a stage. */
export interface GraphNode {
	readonly id: string;
	/** The English title (or the entry screen's name). */
	readonly label: string;
	readonly kind: 'entry' | Pathway['stages'][number]['kind'];
}

/** A way from one state to another. */
export interface GraphEdge {
	readonly from: string;
	readonly to: string;
	/** In words: "check-in if pain (0-10) at least 7 on 3 check-ins"; for safety-net edges, the rules. */
	readonly label: string;
	readonly kind: 'start' | 'transition' | 'safety-net';
	/** For safety-net edges: the ids of the rules that send patients this way. */
	readonly rules: readonly string[];
}

/**
 * The pathway's states and the ways between them, as the engine moves patients: the entry
 * screen to the start stage, every transition with its event and condition in words, and one
 * safety-net edge per (state, escalation target) listing its rules (one per rule would bury the
 * plan under red-flag arrows). The Mermaid output and the studio's drawing are both made from it.
 */
export function pathwayGraph(
	pathway: Pathway,
	index?: PathwayIndex
): {
	nodes: GraphNode[];
	edges: GraphEdge[];
} {
	const title = (key: string) => pathway.strings.en[key] ?? key;
	const nodes: GraphNode[] = [
		{ id: ENTRY_STATE, label: 'Entry safety screen', kind: 'entry' },
		...pathway.stages.map((stage) => ({
			id: stage.id,
			label: title(stage.title),
			kind: stage.kind
		}))
	];
	const edges: GraphEdge[] = [
		{ from: ENTRY_STATE, to: pathway.start, label: 'entry screen clear', kind: 'start', rules: [] }
	];
	for (const stage of pathway.stages) {
		for (const transition of stage.transitions) {
			const when =
				transition.when === undefined ? '' : ` if ${describeCondition(transition.when, index)}`;
			edges.push({
				from: stage.id,
				to: transition.to,
				label: `${EVENT_WORDS[transition.on] ?? transition.on}${when}`,
				kind: 'transition',
				rules: []
			});
		}
	}
	const states = [
		ENTRY_STATE,
		...pathway.stages.filter((s) => s.kind !== 'final').map((s) => s.id)
	];
	// As in the engine: a rule moves a patient out of an escalation stage only into one at least
	// as severe, and never out of a final stage.
	const severities = escalationStageSeverities(pathway);
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
				kind: 'safety-net',
				rules
			});
		}
	}
	return { nodes, edges };
}

/** Renders the pathway as Mermaid. */
export function renderMermaid(pathway: Pathway, index?: PathwayIndex): string {
	const lines: string[] = ['stateDiagram-v2', `    %% ${pathway.id} ${pathway.version}`];
	const id = (stage: string) => stage.replace(/-/g, '_');
	const graph = pathwayGraph(pathway, index);

	for (const node of graph.nodes) {
		lines.push(`    state "${escapeLabel(node.label)}" as ${id(node.id)}`);
	}
	lines.push(`    [*] --> ${id(ENTRY_STATE)}`);
	const byKind = (kind: GraphEdge['kind']) => graph.edges.filter((edge) => edge.kind === kind);
	for (const edge of [...byKind('start'), ...byKind('transition')]) {
		lines.push(`    ${id(edge.from)} --> ${id(edge.to)}: ${escapeLabel(edge.label)}`);
	}
	for (const stage of pathway.stages.filter((s) => s.kind === 'final')) {
		lines.push(`    ${id(stage.id)} --> [*]`);
	}
	for (const edge of byKind('safety-net')) {
		const shown =
			edge.rules.length > 3
				? `${edge.rules.slice(0, 3).join(', ')} +${edge.rules.length - 3} more`
				: edge.rules.join(', ');
		lines.push(`    ${id(edge.from)} --> ${id(edge.to)}: safety net (${escapeLabel(shown)})`);
	}

	const escalations = pathway.stages.filter((s) => s.kind === 'escalation').map((s) => id(s.id));
	const finals = pathway.stages.filter((s) => s.kind === 'final').map((s) => id(s.id));
	lines.push('    classDef escalation fill:#fde2e1,stroke:#d5281b,stroke-width:3px,color:#212b32');
	lines.push('    classDef final fill:#e8f5e9,stroke:#007f3b,color:#212b32');
	if (escalations.length > 0) lines.push(`    class ${escalations.join(',')} escalation`);
	if (finals.length > 0) lines.push(`    class ${finals.join(',')} final`);
	return `${lines.join('\n')}\n`;
}

function escapeLabel(text: string): string {
	// Mermaid labels end at a newline and treat ":" and ";" specially in state diagrams.
	return text
		.replace(/[\n\r]+/g, ' ')
		.replace(/[:;]/g, ',')
		.replace(/"/g, "'");
}
