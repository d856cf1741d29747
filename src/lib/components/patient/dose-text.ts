/**
 * How much of an exercise to do, in words: "2 sets of 10, each side, 3 times a day". A pure
 * function of the dose and a translator so that it can be tested without a browser and reads
 * correctly in every language (the word order lives in the messages, not here).
 */
import type { MessageKey } from '$lib/client/i18n/messages';
import type { Dose } from '$lib/pathway/schema/pathway-schema';

/** Interface-text lookup, as `i18n.t`. */
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export interface DoseTextOptions {
	/** Also say how long to rest (the exercise screen does; the summary in a list does not). */
	readonly withRest?: boolean;
}

/**
 * The phrases of a dose in reading order: amount (sets and reps), hold, side, rest (optional),
 * how often. Empty when the dose says nothing.
 */
export function listDosePhrases(dose: Dose, t: Translate, options: DoseTextOptions = {}): string[] {
	const phrases: string[] = [];
	const { sets, reps, holdSeconds, restSeconds, timesPerDay } = dose;

	if (reps !== undefined && sets !== undefined) {
		phrases.push(
			sets === 1 ? t('dose.one-set-of-reps', { reps }) : t('dose.sets-of-reps', { sets, reps })
		);
	} else if (reps !== undefined) {
		phrases.push(reps === 1 ? t('dose.reps.1') : t('dose.reps.other', { reps }));
	} else if (sets !== undefined) {
		phrases.push(sets === 1 ? t('dose.sets.1') : t('dose.sets.other', { sets }));
	}

	if (holdSeconds !== undefined) {
		phrases.push(
			holdSeconds === 1 ? t('dose.hold.1') : t('dose.hold.other', { seconds: holdSeconds })
		);
	}

	if (dose.perSide === true) phrases.push(t('dose.each-side'));

	if (options.withRest === true && restSeconds !== undefined) {
		phrases.push(
			sets !== undefined && sets > 1
				? t('dose.rest-between-sets', { seconds: restSeconds })
				: t('dose.rest-between-reps', { seconds: restSeconds })
		);
	}

	if (timesPerDay !== undefined) {
		phrases.push(
			timesPerDay === 1
				? t('dose.per-day.1')
				: timesPerDay === 2
					? t('dose.per-day.2')
					: t('dose.per-day.other', { count: timesPerDay })
		);
	}
	return phrases;
}

/** The dose as one sentence-case phrase, or "As much as feels comfortable" when it says nothing. */
export function describeDose(dose: Dose, t: Translate, options: DoseTextOptions = {}): string {
	const phrases = listDosePhrases(dose, t, options);
	if (phrases.length === 0) return t('dose.as-comfortable');
	const text = phrases.join(t('dose.separator'));
	// Phrases are written in lower case so they can be joined in any order; the first letter of
	// the whole is raised (a no-op for scripts without case, such as Urdu).
	return text.charAt(0).toUpperCase() + text.slice(1);
}
