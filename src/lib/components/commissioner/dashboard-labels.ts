/**
 * Plain-English names for the codes a summary counts by (signpost categories, escalation codes
 * and severities), so a commissioner reads "Physiotherapy self-referral", not
 * `physio-self-referral`. Red-flag meanings come from the one vocabulary (safety-facts.md
 * section 3); a code this file does not know is shown as it is.
 */
import {
	isRedFlagCode,
	RED_FLAGS,
	type SafetyNetCode,
	type Severity,
	type SignpostCategory
} from '$lib/shared/vocabulary';

const SIGNPOST_LABELS: Readonly<Record<SignpostCategory, string>> = {
	'call-999': 'Call 999',
	'nhs-111': 'NHS 111',
	'urgent-gp': 'Urgent GP appointment',
	gp: 'GP',
	'physio-self-referral': 'Physiotherapy self-referral',
	pharmacy: 'Pharmacy',
	'mental-health-crisis': 'Mental health crisis line',
	'talking-therapies': 'NHS Talking Therapies',
	'stop-smoking': 'Stop smoking service',
	'weight-management': 'Weight management',
	'work-and-health': 'Work and health support',
	'physical-activity': 'Physical activity',
	'arthritis-support': 'Arthritis support'
};

const SAFETY_NET_LABELS: Readonly<Record<SafetyNetCode, string>> = {
	'sn.worsening': 'Getting worse',
	'sn.not-improving': 'Not improving',
	'sn.severe-pain': 'Severe pain',
	'sn.low-mood': 'Low mood'
};

const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
	emergency: 'Emergency',
	urgent: 'Urgent',
	soon: 'Soon',
	routine: 'Routine'
};

/** A signpost category's name ('physio-self-referral' -> 'Physiotherapy self-referral'). */
export function signpostLabel(category: string): string {
	return Object.hasOwn(SIGNPOST_LABELS, category)
		? SIGNPOST_LABELS[category as SignpostCategory]
		: category;
}

/** What an escalation code means ('sn.worsening' -> 'Getting worse'), or the code itself. */
export function escalationLabel(code: string): string {
	if (isRedFlagCode(code)) return sentenceCase(RED_FLAGS[code].meaning);
	return Object.hasOwn(SAFETY_NET_LABELS, code) ? SAFETY_NET_LABELS[code as SafetyNetCode] : code;
}

/** A severity's name ('soon' -> 'Soon'). */
export function severityLabel(severity: Severity): string {
	return SEVERITY_LABELS[severity];
}

function sentenceCase(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
