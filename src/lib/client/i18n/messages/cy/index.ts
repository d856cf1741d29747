/** cy interface text (draft): a partial catalogue; anything missing falls back to English. */
import type { MessageKey } from '../../messages.js';

export const cy: Partial<Record<MessageKey, string>> = {};
