/**
 * Locality files (`pathways/localities/<id>.locality.json`): the services a local NHS system
 * offers per signpost category, and the postcode districts it covers. The `national` locality
 * supplies the national entries of safety-facts.md section 2 and is the fallback for every
 * category a locality leaves out.
 */
import { z } from 'zod';
import { SIGNPOST_CATEGORIES } from '../../shared/vocabulary.js';
import { IdSchema, IsoDateSchema } from './common-schema.js';

/** A UK postcode outward code (district), like "LS6", "M1", "EC1A", "CF10". */
export const OutwardCodeSchema = z
	.string()
	.regex(
		/^[A-Z]{1,2}[0-9][A-Z0-9]?$/,
		'Use an outward code (postcode district) in capitals, like "LS6" or "CF10". Never a full postcode.'
	)
	.meta({ description: 'A postcode district (outward code), like LS6. Never a full postcode.' });

export const ServiceTranslationSchema = z.strictObject({
	name: z.string().min(1).optional(),
	hours: z.string().min(1).optional(),
	notes: z.string().min(1).optional()
});

export const ServiceSchema = z
	.strictObject({
		name: z.string().min(1),
		phone: z
			.string()
			.regex(
				/^[0-9 ]{3,16}$/,
				'Write a phone number with digits and spaces only, like "0113 123 4567" or "111".'
			)
			.optional(),
		text: z
			.strictObject({ number: z.string().regex(/^[0-9 ]{3,16}$/), message: z.string().min(1) })
			.optional()
			.meta({
				description: 'A text-message service: send "message" to "number" (text SHOUT to 85258).'
			}),
		url: z.url().optional(),
		hours: z.string().min(1).meta({
			description: 'When it is open, in plain words ("24 hours", "Mon to Fri 8am to 6pm").'
		}),
		selfReferral: z
			.boolean()
			.meta({ description: 'Whether patients can refer themselves without a GP.' }),
		notes: z.string().min(1).optional(),
		validUntil: IsoDateSchema.optional().meta({
			description: 'Date after which these details must be checked again.'
		}),
		translations: z
			.strictObject({
				cy: ServiceTranslationSchema.optional(),
				ur: ServiceTranslationSchema.optional()
			})
			.optional()
			.meta({ description: 'Draft translations of name, hours and notes.' })
	})
	.refine(
		(service) =>
			service.phone !== undefined ||
			service.url !== undefined ||
			service.text !== undefined ||
			service.notes !== undefined,
		{
			message:
				'A service needs at least a phone number, a web address, a text number or notes saying how to reach it.'
		}
	)
	.meta({ description: 'One local or national service.' });
export type Service = z.infer<typeof ServiceSchema>;

export const LocalitySchema = z
	.strictObject({
		$schema: z.string().optional(),
		id: IdSchema,
		name: z.string().min(1),
		example: z.boolean().meta({
			description: 'true for a made-up example locality; the app labels it clearly as an example.'
		}),
		ics: z.string().min(1).meta({ description: 'Integrated care system the locality belongs to.' }),
		postcodeDistricts: z
			.array(OutwardCodeSchema)
			.meta({ description: 'Postcode districts (outward codes) covered. Empty for national.' }),
		reviewedOn: IsoDateSchema,
		services: z.partialRecord(z.enum(SIGNPOST_CATEGORIES), z.array(ServiceSchema).min(1)).meta({
			description: 'Services per signpost category. Categories left out fall back to national.'
		})
	})
	.meta({ id: 'Locality', title: 'Limber locality' });
export type Locality = z.infer<typeof LocalitySchema>;

/** The id of the locality every other locality falls back to. */
export const NATIONAL_LOCALITY_ID = 'national';
