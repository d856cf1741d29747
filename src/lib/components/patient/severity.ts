/**
 * How each severity looks and what it tells the patient to do. Colour always comes with words,
 * never alone: emergency is white on red, the others ink on amber, yellow or blue.
 */
import type { MessageKey } from '$lib/client/i18n/messages';
import type { Severity } from '$lib/shared/vocabulary';

/** Background and text colour classes of a severity. */
export const SEVERITY_CLASSES: Record<Severity, string> = {
	emergency: 'bg-emergency text-white',
	urgent: 'bg-urgent text-ink',
	soon: 'bg-soon text-ink',
	routine: 'bg-routine text-ink'
};

/** The short name of a severity ("Emergency"). */
export const SEVERITY_LABELS: Record<Severity, MessageKey> = {
	emergency: 'severity.emergency',
	urgent: 'severity.urgent',
	soon: 'severity.soon',
	routine: 'severity.routine'
};

/** The instruction a severity gives ("Call 999 now"). */
export const SEVERITY_HEADLINES: Record<Severity, MessageKey> = {
	emergency: 'escalation.headline.emergency',
	urgent: 'escalation.headline.urgent',
	soon: 'escalation.headline.soon',
	routine: 'escalation.headline.routine'
};
