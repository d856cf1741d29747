/** The plain-words heading of each signpost category (safety-facts.md section 2). */
import type { MessageKey } from '$lib/client/i18n/messages';
import type { SignpostCategory } from '$lib/shared/vocabulary';

export const SIGNPOST_LABELS: Record<SignpostCategory, MessageKey> = {
	'call-999': 'signpost.call-999',
	'nhs-111': 'signpost.nhs-111',
	'urgent-gp': 'signpost.urgent-gp',
	gp: 'signpost.gp',
	'physio-self-referral': 'signpost.physio-self-referral',
	pharmacy: 'signpost.pharmacy',
	'mental-health-crisis': 'signpost.mental-health-crisis',
	'talking-therapies': 'signpost.talking-therapies',
	'stop-smoking': 'signpost.stop-smoking',
	'weight-management': 'signpost.weight-management',
	'work-and-health': 'signpost.work-and-health',
	'physical-activity': 'signpost.physical-activity',
	'arthritis-support': 'signpost.arthritis-support'
};
