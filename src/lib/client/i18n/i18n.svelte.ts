/**
 * The interface language: which locale is active, its text direction, and lookups for interface
 * text (`t`) and pathway text (`p`). One shared instance; components read it directly.
 */
import { LOCALE_DIRECTION, LOCALES, type Locale } from '../../shared/vocabulary.js';
import { en, loadMessages, UI_TRANSLATION, type MessageKey, type Messages } from './messages.js';

/** Something that carries translated strings per locale (a pathway). */
export interface HasStrings {
	readonly strings: Partial<Record<Locale, Record<string, string>>> & {
		readonly en: Record<string, string>;
	};
	readonly locales?: Partial<Record<Locale, { status: 'draft' | 'approved' }>>;
}

export class I18n {
	locale = $state<Locale>('en');
	#messages = $state.raw<Messages>(en);

	/** Text direction of the active language. */
	get dir(): 'ltr' | 'rtl' {
		return LOCALE_DIRECTION[this.locale];
	}

	/** True when the interface text of the active language is an unapproved draft. */
	get isDraft(): boolean {
		return UI_TRANSLATION[this.locale].status === 'draft';
	}

	/** Switches language (loading its messages) and sets `lang` and `dir` on the page. */
	async setLocale(locale: Locale): Promise<void> {
		const messages = await loadMessages(locale);
		this.#messages = messages;
		this.locale = locale;
		if (typeof document !== 'undefined') {
			document.documentElement.lang = locale;
			document.documentElement.dir = LOCALE_DIRECTION[locale];
		}
	}

	/** Interface text, with `{name}` placeholders filled in. */
	t = (key: MessageKey, params?: Record<string, string | number>): string => {
		const text = this.#messages[key] ?? en[key] ?? key;
		return params === undefined ? text : fill(text, params);
	};

	/** Pathway text for a string key, in the active language, falling back to English. */
	p = (source: HasStrings, key: string, params?: Record<string, string | number>): string => {
		const text = source.strings[this.locale]?.[key] ?? source.strings.en[key] ?? key;
		return params === undefined ? text : fill(text, params);
	};

	/** True when pathway text in the active language is a draft (or missing and shown in English). */
	isPathwayDraft = (source: HasStrings): boolean =>
		this.locale !== 'en' && source.locales?.[this.locale]?.status !== 'approved';
}

function fill(text: string, params: Record<string, string | number>): string {
	return text.replace(/\{(\w+)\}/g, (match, name: string) =>
		Object.hasOwn(params, name) ? String(params[name]) : match
	);
}

/** True when `value` is a supported locale. */
export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export const i18n = new I18n();
