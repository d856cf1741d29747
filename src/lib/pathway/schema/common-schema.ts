/**
 * Small building blocks shared by every pathway-file schema: identifiers, string keys, dates
 * and versions. Each carries a description because the generated JSON Schema shows it as hover
 * help in VS Code and in the studio.
 */
import { z } from 'zod';
import {
	LOCALES,
	SEVERITIES,
	SIGNPOST_CATEGORIES,
	isKnownItemCode,
	type ItemCode
} from '../../shared/vocabulary.js';

/** A kebab-case identifier: `early-days`, `ces-emergency`. */
export const IdSchema = z
	.string()
	.regex(
		/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/,
		'Use lower-case letters, digits and single hyphens, starting with a letter, like "early-days".'
	)
	.meta({ description: 'An identifier in lower-case kebab-case, for example "early-days".' });

/** A key into the pathway's `strings` table: every patient-facing text is one of these. */
export const StringKeySchema = z
	.string()
	.regex(
		/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/,
		'Use a string key like "advice.keep-moving.title" (lower-case, dots and hyphens).'
	)
	.meta({
		description:
			'A key into this pathway\'s "strings" table. Patient-facing text is never written inline so that every word can be translated.'
	});

export const SemverSchema = z
	.string()
	.regex(
		/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/,
		'Use a version like "1.2.0" (major.minor.patch).'
	)
	.meta({ description: 'Semantic version: major.minor.patch, for example "1.2.0".' });

export const IsoDateSchema = z.iso
	.date('Use a date like "2026-11-23" (year-month-day).')
	.meta({ description: 'A calendar date, YYYY-MM-DD.' });

export const LocaleSchema = z
	.enum(LOCALES)
	.meta({ description: 'A language Limber is translated into: en, cy (Welsh) or ur (Urdu).' });

export const SeveritySchema = z.enum(SEVERITIES).meta({
	description:
		'emergency: call 999 or go to A&E now. urgent: get help today (NHS 111, urgent GP). soon: book a GP or physio appointment in the next days. routine: keep self-managing.'
});

export const SignpostCategorySchema = z
	.enum(SIGNPOST_CATEGORIES)
	.meta({ description: 'A signpost category from the fixed list in safety-facts.md section 2.' });

/** An item or score code from the fixed vocabulary, or `local.*` for a licensed local measure. */
export const ItemCodeSchema = z
	.string()
	.refine((code): code is ItemCode => isKnownItemCode(code), {
		message:
			'Unknown code. Use a red-flag code (like "rf.ces.bladder-bowel"), a measure code (like "pain.nrs") or "local.<name>" for a licensed local measure.'
	})
	.meta({
		description:
			'A code from the fixed vocabulary in safety-facts.md: a red-flag code (rf.*, mh.*), a measure code (pain.nrs, function.psfs, mood.phq2, ...), or local.<name> for a licensed questionnaire a locality drops in.'
	});

/** A reference to an item by its `code` or `linkId`, or to a score by its `id` or `code`. */
export const ItemRefSchema = z.string().min(1).meta({
	description:
		'An item or score, named by its code (preferred, like "pain.nrs") or by its linkId / score id.'
});

/** Plain text written for clinicians (rationale, source): never shown to patients, not translated. */
export const ClinicianTextSchema = z.string().min(1).meta({
	description: 'Plain text for clinicians and the safety officer; not shown to patients.'
});
