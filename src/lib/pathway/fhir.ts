/**
 * Exports a pathway's questionnaires as FHIR R4 Questionnaire resources, so that a locality can
 * load them into an EHR or a FHIR forms tool: linkId, code, enableWhen, answerOption with
 * itemWeight, min/max value extensions, translations of every text, and each score as an SDC
 * calculatedExpression (FHIRPath).
 */
import type { Pathway } from './schema/pathway-schema.js';
import type { AnswerValue } from './schema/condition-schema.js';
import type {
	AnswerableItem,
	EnableWhen,
	Item,
	Questionnaire,
	Score
} from './schema/questionnaire-schema.js';
import { listAnswerableItems } from './items.js';

/** Code system of Limber's fixed vocabulary (red-flag, measure and dynamic-rule codes). */
export const LIMBER_CODE_SYSTEM = 'urn:limber:codes';
const EXT = {
	itemWeight: 'http://hl7.org/fhir/StructureDefinition/itemWeight',
	minValue: 'http://hl7.org/fhir/StructureDefinition/minValue',
	maxValue: 'http://hl7.org/fhir/StructureDefinition/maxValue',
	translation: 'http://hl7.org/fhir/StructureDefinition/translation',
	calculatedExpression:
		'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression',
	entryFormat: 'http://hl7.org/fhir/StructureDefinition/entryFormat'
} as const;

type Json = Record<string, unknown>;

/** One FHIR R4 Questionnaire per pathway questionnaire, in file order. */
export function exportFhirQuestionnaires(pathway: Pathway): Json[] {
	return pathway.questionnaires.map((questionnaire) => toQuestionnaire(pathway, questionnaire));
}

function toQuestionnaire(pathway: Pathway, questionnaire: Questionnaire): Json {
	const t = textOf(pathway);
	const notices = (questionnaire.notices ?? []).map((key) => pathway.strings.en[key] ?? key);
	return {
		resourceType: 'Questionnaire',
		id: `${pathway.id}-${questionnaire.id}`,
		url: `urn:limber:questionnaire:${pathway.id}:${questionnaire.id}`,
		version: pathway.version,
		name: toName(`${pathway.id}-${questionnaire.id}`),
		title: pathway.strings.en[questionnaire.title] ?? questionnaire.title,
		_title: t.translations(questionnaire.title),
		status: pathway.status === 'retired' ? 'retired' : pathway.status,
		date: pathway.approvalDate,
		publisher: pathway.clinicalOwner,
		language: 'en',
		purpose: `${questionnaire.purpose} questionnaire of the Limber pathway ${pathway.id}`,
		...(notices.length > 0 ? { copyright: notices.join(' ') } : {}),
		item: [
			...questionnaire.items.map((item) => toItem(pathway, item)),
			...(questionnaire.scores ?? []).map((score) => toScoreItem(questionnaire, score))
		]
	};
}

function toItem(pathway: Pathway, item: Item): Json {
	const t = textOf(pathway);
	const out: Json = {
		linkId: item.linkId,
		...(item.code === undefined ? {} : { code: [{ system: LIMBER_CODE_SYSTEM, code: item.code }] }),
		text: pathway.strings.en[item.text] ?? item.text,
		_text: t.translations(item.text),
		type: item.type
	};
	if (item.enableWhen !== undefined) {
		out['enableWhen'] = item.enableWhen.map((rule) => toEnableWhen(rule));
		if (item.enableWhen.length > 1) out['enableBehavior'] = item.enableBehavior ?? 'all';
	}
	if (item.type === 'group') {
		out['item'] = item.items.map((child) => toItem(pathway, child));
		return out;
	}
	if (item.type === 'display') return out;
	if (item.required !== undefined) out['required'] = item.required;
	const extension: Json[] = [];
	if (item.type === 'integer' || item.type === 'decimal') {
		const key = item.type === 'integer' ? 'valueInteger' : 'valueDecimal';
		extension.push({ url: EXT.minValue, [key]: item.min }, { url: EXT.maxValue, [key]: item.max });
		extension.push({ url: EXT.entryFormat, valueString: `${item.min}-${item.max}` });
	}
	if (item.type === 'choice') {
		out['answerOption'] = item.options.map((option) => ({
			valueCoding: {
				system: `urn:limber:options:${item.linkId}`,
				code: option.code,
				display: pathway.strings.en[option.text] ?? option.text
			},
			...(option.weight === undefined
				? {}
				: { extension: [{ url: EXT.itemWeight, valueDecimal: option.weight }] })
		}));
	}
	if (extension.length > 0) out['extension'] = extension;
	return out;
}

function toEnableWhen(rule: EnableWhen): Json {
	return {
		question: rule.question,
		operator: rule.operator,
		...answerField(rule.answer, rule.operator)
	};
}

function answerField(value: AnswerValue, operator: EnableWhen['operator']): Json {
	if (operator === 'exists' || typeof value === 'boolean') return { answerBoolean: value };
	if (typeof value === 'number')
		return Number.isInteger(value) ? { answerInteger: value } : { answerDecimal: value };
	return { answerCoding: { code: value } };
}

/** A read-only decimal item computed by FHIRPath, standing for one Limber score. */
function toScoreItem(questionnaire: Questionnaire, score: Score): Json {
	const items = new Map(listAnswerableItems(questionnaire).map((item) => [item.linkId, item]));
	const values = score.items.map((linkId) => valueExpression(items.get(linkId), linkId));
	let expression: string;
	switch (score.method) {
		case 'sum':
			expression = values.join(' + ');
			break;
		case 'mean':
			expression = `(${values.join(' + ')}) / ${values.length}`;
			break;
		case 'max':
			expression = values.reduce((acc, v) => `iif(${acc} > ${v}, ${acc}, ${v})`);
			break;
		case 'count': {
			const counted = score.countValue ?? true;
			const literal = typeof counted === 'string' ? `'${counted}'` : String(counted);
			const answers = score.items
				.map((linkId) => `%resource.repeat(item).where(linkId = '${linkId}').answer.value`)
				.join(' | ');
			expression = `(${answers}).where($this = ${literal} or code = ${literal}).count()`;
			break;
		}
	}
	return {
		linkId: `score-${score.id}`,
		...(score.code === undefined
			? {}
			: { code: [{ system: LIMBER_CODE_SYSTEM, code: score.code }] }),
		text: `Score: ${score.id} (${score.method}, ${score.min}-${score.max})`,
		type: 'decimal',
		readOnly: true,
		extension: [
			{
				url: EXT.calculatedExpression,
				valueExpression: { language: 'text/fhirpath', expression }
			}
		]
	};
}

function valueExpression(item: AnswerableItem | undefined, linkId: string): string {
	const answer = `%resource.repeat(item).where(linkId = '${linkId}').answer.value`;
	switch (item?.type) {
		case 'choice':
			return `${answer}.weight()`;
		case 'boolean':
			return `iif(${answer} = true, 1, 0)`;
		case 'integer':
		case 'decimal':
		case undefined:
			return answer;
	}
}

function textOf(pathway: Pathway) {
	return {
		/** The FHIR translation extension for a string key, for every non-English language. */
		translations(key: string): Json | undefined {
			const extension = (['cy', 'ur'] as const).flatMap((lang) => {
				const content = pathway.strings[lang]?.[key];
				return content === undefined
					? []
					: [
							{
								url: EXT.translation,
								extension: [
									{ url: 'lang', valueCode: lang },
									{ url: 'content', valueString: content }
								]
							}
						];
			});
			return extension.length === 0 ? undefined : { extension };
		}
	};
}

function toName(id: string): string {
	return id
		.split('-')
		.map((part) => part.charAt(0).toUpperCase() + part.slice(1))
		.join('');
}
