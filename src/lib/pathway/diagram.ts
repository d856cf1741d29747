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

/** Renders the pathway as Mermaid. */
export function renderMermaid(pathway: Pathway, index?: PathwayIndex): string {
	const lines: string[] = ['stateDiagram-v2', `    %% ${pathway.id} ${pathway.version}`];
	const id = (stage: string) => stage.replace(/-/g, '_');
	const title = (key: string) => escapeLabel(pathway.strings.en[key] ?? key);

	lines.push(`    state "Entry safety screen" as ${id(ENTRY_STATE)}`);
	for (const stage of pathway.stages) {
		lines.push(`    state "${title(stage.title)}" as ${id(stage.id)}`);
	}
	lines.push(`    [*] --> ${id(ENTRY_STATE)}`);
	lines.push(`    ${id(ENTRY_STATE)} --> ${id(pathway.start)}: entry screen clear`);

	for (const stage of pathway.stages) {
		for (const transition of stage.transitions) {
			const when =
				transition.when === undefined ? '' : ` if ${describeCondition(transition.when, index)}`;
			const label = escapeLabel(`${EVENT_WORDS[transition.on] ?? transition.on}${when}`);
			lines.push(`    ${id(stage.id)} --> ${id(transition.to)}: ${label}`);
		}
		if (stage.kind === 'final') lines.push(`    ${id(stage.id)} --> [*]`);
	}

	// One edge per (state, escalation target), listing the rules; drawing one per rule would bury
	// the plan under red-flag arrows.
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
			if (rule.escalateTo === undefined) continue;
			if (rule.scope !== 'all' && !rule.scope.includes(state)) continue;
			if (rankSeverity(severities.get(rule.escalateTo) ?? 'routine') < floor) continue;
			byTarget.set(rule.escalateTo, [...(byTarget.get(rule.escalateTo) ?? []), rule.id]);
		}
		for (const [target, rules] of byTarget) {
			if (target === state) continue;
			const shown =
				rules.length > 3
					? `${rules.slice(0, 3).join(', ')} +${rules.length - 3} more`
					: rules.join(', ');
			lines.push(`    ${id(state)} --> ${id(target)}: safety net (${escapeLabel(shown)})`);
		}
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
