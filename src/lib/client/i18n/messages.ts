/**
 * The interface-text catalogue: English is complete and approved; Welsh and Urdu are drafts
 * until a named translator approves them, and the app says so (see `translation.draft`).
 */
import type { Locale } from '../../shared/vocabulary.js';
import { en } from './messages/en/index.js';

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

export { en };

/** Translation status of the interface text per language. */
export const UI_TRANSLATION: Record<
	Locale,
	{ status: 'approved' | 'draft'; translator?: string; approver?: string }
> = {
	en: { status: 'approved', approver: 'Limber product team' },
	cy: {
		status: 'draft',
		translator: 'Limber team draft (machine-assisted; awaiting review by a qualified translator)'
	},
	ur: {
		status: 'draft',
		translator: 'Limber team draft (machine-assisted; awaiting review by a qualified translator)'
	}
};

/** Loads a language's messages; missing keys fall back to English. */
export async function loadMessages(locale: Locale): Promise<Messages> {
	switch (locale) {
		case 'en':
			return en;
		case 'cy':
			return { ...en, ...(await import('./messages/cy/index.js')).cy };
		case 'ur':
			return { ...en, ...(await import('./messages/ur/index.js')).ur };
	}
}
