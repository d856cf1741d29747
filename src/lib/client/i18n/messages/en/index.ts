/** Every English message, merged from the feature files. English is the source language. */
import { common } from './common.js';
import { components } from './components.js';
import { sharing } from './sharing.js';

export const en = { ...common, ...components, ...sharing } as const;
