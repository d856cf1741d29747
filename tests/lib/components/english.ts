/** The English interface text as a `t` function, for testing text-making functions. */
import { en } from '../../../src/lib/client/i18n/messages/en/index.js';
import type { Translate } from '../../../src/lib/components/patient/dose-text.js';

export const t: Translate = (key, params) =>
	en[key].replace(/\{(\w+)\}/g, (match, name: string) =>
		params !== undefined && Object.hasOwn(params, name) ? String(params[name]) : match
	);
