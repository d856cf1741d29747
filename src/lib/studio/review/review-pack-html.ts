/**
 * The safety review pack as one standalone HTML file: no scripts, no external resources, styles
 * inline, laid out for A4 printing. This is the copy a Clinical Safety Officer signs and files,
 * so every value is escaped and nothing depends on the studio being at hand.
 */
import type { DiffEntry } from './pathway-diff';
import type { RedFlagStatus, ReviewPack } from './review-pack';

/** Words for each red-flag status, as the pack shows them. */
export const RED_FLAG_STATUS_WORDS: Record<RedFlagStatus, string> = {
	handled: 'Handled',
	'not-asked': 'MISSING: no question asks it',
	'no-rule': 'MISSING: no rule fires on yes',
	'below-minimum': 'MISSING: rules below the minimum severity'
};

const STYLE = `
body { font-family: Arial, Helvetica, sans-serif; color: #212b32; margin: 2rem; line-height: 1.4; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; border-bottom: 2px solid #005eb8; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { border: 1px solid #aeb7bd; padding: .3rem .4rem; text-align: left; vertical-align: top; }
th { background: #f0f4f5; }
.missing { color: #d5281b; font-weight: bold; }
.sign { margin-top: 2rem; display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; }
.sign div { border-top: 1px solid #212b32; padding-top: .25rem; }
@media print {
  body { margin: 0; font-size: 10pt; }
  h2 { break-after: avoid; }
  tr, li { break-inside: avoid; }
  @page { size: A4; margin: 15mm; }
}
`;

/** The pack as a complete HTML document. */
export function reviewPackHtml(pack: ReviewPack): string {
	const g = pack.governance;
	const sections = [
		`<h1>Safety review pack: ${esc(pack.title)}</h1>`,
		`<p>Pathway <code>${esc(pack.id)}</code> version ${esc(pack.version)} (${esc(pack.status)}), body area ${esc(pack.condition)}. ${esc(pack.summary)}</p>`,
		`<h2>Governance</h2>`,
		table(
			['Field', 'Value'],
			[
				['Clinical owner', g.clinicalOwner],
				['Approved by', g.approvedBy],
				['Approval date', g.approvalDate],
				['Review due', g.reviewDue],
				['Hazards', g.hazards.join(', ') || 'none listed'],
				[
					'References',
					g.references
						.map((r) => [r.title, r.publisher, r.url].filter((x) => x !== undefined).join(', '))
						.join('; ')
				]
			]
		),
		`<h2>Red-flag codes and the rules that handle them</h2>`,
		tableHtml(
			['Code', 'Meaning', 'Minimum', 'Asked in', 'Rules', 'Status'],
			pack.redFlags.map((flag) => [
				`<code>${esc(flag.code)}</code>${flag.expected ? '' : ' (not required for this area)'}`,
				esc(flag.meaning),
				esc(flag.minSeverity),
				esc(flag.askedIn.join(', ') || 'not asked'),
				esc(
					flag.rules
						.map(
							(r) =>
								`${r.id} (${r.severity}; ${r.scope}${r.escalateTo === undefined ? '' : `; to ${r.escalateTo}`})`
						)
						.join('; ') || 'none'
				),
				flag.status === 'handled'
					? RED_FLAG_STATUS_WORDS.handled
					: `<span class="missing">${esc(RED_FLAG_STATUS_WORDS[flag.status])}</span>`
			])
		),
		`<h2>Shortest path to each escalation</h2>`,
		pack.escalationPaths.length === 0
			? '<p>The pathway has no escalation stages.</p>'
			: pack.escalationPaths
					.map(
						(path) =>
							`<h3>${esc(path.title)} (<code>${esc(path.stage)}</code>${path.severity === undefined ? '' : `, ${esc(path.severity)}`})</h3>` +
							(path.reachable
								? `<ol>${path.steps.map((step) => `<li>${esc(step)}</li>`).join('')}</ol>`
								: '<p class="missing">No patient can reach this stage.</p>')
					)
					.join('\n'),
		`<h2>Translations</h2>`,
		table(
			['Language', 'Status', 'Translator', 'Approver', 'Texts missing'],
			pack.translations.map((t) => [
				t.locale,
				t.status,
				t.translator ?? '-',
				t.approver ?? '-',
				String(t.missing)
			])
		),
		`<h2>Lint status</h2>`,
		`<p>${pack.lint.passed ? 'Passes lint' : '<span class="missing">Fails lint</span>'}: ${pack.lint.counts.error} errors, ${pack.lint.counts.warning} warnings, ${pack.lint.counts.info} notes.</p>`,
		pack.lint.findings.length === 0
			? ''
			: table(
					['Line', 'Severity', 'Rule', 'Message'],
					pack.lint.findings.map((f) => [String(f.line), f.severity, f.rule, f.message])
				),
		`<h2>Changes since the previous version</h2>`,
		pack.diff === undefined
			? '<p>No previous version was given.</p>'
			: `<p>From version ${esc(pack.diff.fromVersion)} to ${esc(pack.diff.toVersion)}.</p>` +
				diffHtml('Stages', pack.diff.stages) +
				diffHtml('Safety-net rules', pack.diff.rules) +
				diffHtml('Questions', pack.diff.questions),
		`<div class="sign"><div>Clinical Safety Officer (name, signature)</div><div>Date</div></div>`
	];
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Safety review pack: ${esc(pack.id)} ${esc(pack.version)}</title>
<style>${STYLE}</style>
</head>
<body>
${sections.join('\n')}
</body>
</html>
`;
}

function diffHtml(title: string, entries: readonly DiffEntry[]): string {
	if (entries.length === 0) return `<h3>${esc(title)}</h3><p>No changes.</p>`;
	const items = entries.map(
		(entry) =>
			`<li><strong>${esc(entry.change)}</strong> <code>${esc(entry.id)}</code>${
				entry.details.length === 0
					? ''
					: `<ul>${entry.details.map((d) => `<li>${esc(d)}</li>`).join('')}</ul>`
			}</li>`
	);
	return `<h3>${esc(title)}</h3><ul>${items.join('')}</ul>`;
}

/** A table of plain text cells (escaped). */
function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
	return tableHtml(
		head,
		rows.map((row) => row.map(esc))
	);
}

/** A table whose cells are already HTML. */
function tableHtml(head: readonly string[], rows: readonly (readonly string[])[]): string {
	const th = head.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
	const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`);
	return `<table><thead><tr>${th}</tr></thead><tbody>${body.join('')}</tbody></table>`;
}

/** Escapes text for HTML content and attribute values. */
export function esc(value: string): string {
	return value
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
}
