/**
 * The Welsh and Urdu interface-text catalogues against the English source: every English key is
 * translated, placeholders survive translation, nothing is left in English by mistake, and the
 * app still calls both languages drafts until a named translator approves them.
 */
import { describe, expect, it } from 'vitest';
import {
	en,
	loadMessages,
	UI_TRANSLATION,
	type MessageKey
} from '../../../../src/lib/client/i18n/messages.js';
import { cy } from '../../../../src/lib/client/i18n/messages/cy/index.js';
import { ur } from '../../../../src/lib/client/i18n/messages/ur/index.js';

type Catalogue = Partial<Record<MessageKey, string>>;
type TranslatedLocale = 'cy' | 'ur';

const CATALOGUES: Record<TranslatedLocale, Catalogue> = { cy, ur };
const LANGUAGE_NAMES: Record<TranslatedLocale, string> = { cy: 'Welsh', ur: 'Urdu' };
const ENGLISH_KEYS = Object.keys(en) as MessageKey[];

/**
 * Keys whose text is rightly the same as English: the product name, and in Welsh the comma that
 * joins the phrases of an exercise dose. Anything else equal to English was left untranslated.
 */
const SAME_AS_ENGLISH: Record<TranslatedLocale, readonly MessageKey[]> = {
	cy: ['app.name', 'home.title', 'dose.separator'],
	ur: ['app.name', 'home.title']
};

/** English keys the catalogue has no text for. */
function listMissingKeys(catalogue: Catalogue): MessageKey[] {
	return ENGLISH_KEYS.filter((key) => (catalogue[key] ?? '').trim() === '');
}

/** Keys in the catalogue that English does not have (stale or misspelt, so never shown). */
function listUnknownKeys(catalogue: Catalogue): string[] {
	return Object.keys(catalogue).filter((key) => !Object.hasOwn(en, key));
}

/** The `{name}` placeholders of a text, each once, sorted. */
function listPlaceholders(text: string): string[] {
	return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? ''))].sort();
}

/** Keys whose translation has a different set of placeholders from English, with both sets. */
function listPlaceholderMismatches(catalogue: Catalogue): string[] {
	return ENGLISH_KEYS.flatMap((key) => {
		const text = catalogue[key];
		if (text === undefined) return [];
		const english = listPlaceholders(en[key]).join(', ');
		const translated = listPlaceholders(text).join(', ');
		return english === translated
			? []
			: [`${key}: English {${english}}, translation {${translated}}`];
	});
}

/** Keys whose translation is word for word the English, apart from those allowed to be. */
function listUntranslatedKeys(catalogue: Catalogue, allowed: readonly MessageKey[]): MessageKey[] {
	return ENGLISH_KEYS.filter((key) => catalogue[key] === en[key] && !allowed.includes(key));
}

function describeMissing(locale: TranslatedLocale, keys: readonly string[]): string {
	return `${LANGUAGE_NAMES[locale]} (messages/${locale}/index.ts) has no text for ${keys.length} English key(s): ${keys.join(', ')}`;
}

describe('the Welsh and Urdu interface text', () => {
	for (const [locale, catalogue] of Object.entries(CATALOGUES) as [TranslatedLocale, Catalogue][]) {
		const language = LANGUAGE_NAMES[locale];

		it(`translates every English key into ${language}`, () => {
			const missing = listMissingKeys(catalogue);
			expect(missing, describeMissing(locale, missing)).toEqual([]);
		});

		it(`has no ${language} keys that English lacks`, () => {
			expect(listUnknownKeys(catalogue)).toEqual([]);
		});

		it(`keeps exactly the English placeholders in every ${language} text`, () => {
			expect(listPlaceholderMismatches(catalogue)).toEqual([]);
		});

		it(`leaves no ${language} text in English except names and punctuation`, () => {
			expect(listUntranslatedKeys(catalogue, SAME_AS_ENGLISH[locale])).toEqual([]);
		});
	}

	it('writes Urdu in Urdu script and Welsh without it', () => {
		const arabicScript = /[\u0600-\u06ff]/;
		const urduInLatin = ENGLISH_KEYS.filter(
			(key) =>
				ur[key] !== undefined && !SAME_AS_ENGLISH.ur.includes(key) && !arabicScript.test(ur[key])
		);
		const welshInArabic = ENGLISH_KEYS.filter((key) => arabicScript.test(cy[key] ?? ''));
		expect(urduInLatin).toEqual([]);
		expect(welshInArabic).toEqual([]);
	});

	it('keeps emergency and NHS numbers as digits wherever English gives them', () => {
		const numbersOf = (text: string): string[] => text.match(/\b(999|111)\b/g)?.sort() ?? [];
		const lost = (Object.keys(CATALOGUES) as TranslatedLocale[]).flatMap((locale) =>
			ENGLISH_KEYS.filter((key) => {
				const text = CATALOGUES[locale][key];
				return text !== undefined && numbersOf(en[key]).join() !== numbersOf(text).join();
			}).map((key) => `${locale} ${key}`)
		);
		expect(lost).toEqual([]);
	});

	it('is what the app loads for each language, in place of English', async () => {
		const welsh = await loadMessages('cy');
		const urdu = await loadMessages('ur');
		expect(welsh['translation.draft']).toBe(cy['translation.draft']);
		expect(urdu['translation.draft']).toBe(ur['translation.draft']);
		expect(welsh['translation.draft']).not.toBe(en['translation.draft']);
		expect(urdu['escalation.headline.emergency']).toContain('999');
	});
});

describe('the checks on the catalogues', () => {
	it('name the keys a translation lacks, such as a newly added English key', () => {
		const withoutOne: Catalogue = { ...cy };
		delete withoutOne['today.exercises.title'];
		const missing = listMissingKeys(withoutOne);
		expect(missing).toEqual(['today.exercises.title']);
		expect(describeMissing('cy', missing)).toContain('today.exercises.title');
	});

	it('count an empty translation as missing', () => {
		expect(listMissingKeys({ ...ur, 'nav.today': ' ' })).toEqual(['nav.today']);
	});

	it('find a placeholder that was dropped, renamed or added', () => {
		expect(
			listPlaceholderMismatches({
				'start.step': 'Cam {step}',
				'help.day': 'Diwrnod {diwrnod}',
				'nav.today': 'Heddiw {day}'
			})
		).toEqual([
			'nav.today: English {}, translation {day}',
			'start.step: English {step, total}, translation {step}',
			'help.day: English {day}, translation {diwrnod}'
		]);
	});

	it('find text copied from English that is not on the allow-list', () => {
		expect(
			listUntranslatedKeys({ 'app.name': 'Limber', 'nav.today': 'Today' }, ['app.name'])
		).toEqual(['nav.today']);
	});
});

describe('the translation status of the interface text', () => {
	it('calls Welsh and Urdu drafts, each with a named translator, until one approves it', () => {
		for (const locale of ['cy', 'ur'] as const) {
			expect(UI_TRANSLATION[locale].status).toBe('draft');
			expect(UI_TRANSLATION[locale].translator?.trim() ?? '').not.toBe('');
		}
	});

	it('names the approver of every approved language', () => {
		const approvedWithoutApprover = Object.entries(UI_TRANSLATION)
			.filter(([, info]) => info.status === 'approved' && (info.approver?.trim() ?? '') === '')
			.map(([locale]) => locale);
		expect(UI_TRANSLATION.en.status).toBe('approved');
		expect(approvedWithoutApprover).toEqual([]);
	});
});
