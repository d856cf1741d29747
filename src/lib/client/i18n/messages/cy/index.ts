/**
 * cy interface text (draft): Welsh for every English key, in plain Welsh as NHS Wales (GIG Cymru)
 * writes it, reading age about 9 to 11. A draft until a qualified translator approves it (see
 * `UI_TRANSLATION` and docs/translations.md); anything missing falls back to English.
 *
 * Terms used throughout: check-in = gwiriad, stage = cyfnod, step = cam, GP = meddyg teulu,
 * GP practice = meddygfa, NHS = GIG, NHS 111 = GIG 111 (as in the pathway text).
 */
import type { MessageKey } from '../../messages.js';

export const cy: Partial<Record<MessageKey, string>> = {
	// App frame, navigation and screens (en/common.ts)
	'app.name': 'Limber',
	'app.tagline': 'Eich cynllun gwella ar gyfer poen cefn, gwddf, pen-glin ac ysgwydd',
	'app.skip-to-content': "Neidio i'r prif gynnwys",
	'app.loading': "Wrthi'n llwytho eich cynllun…",
	'nav.label': 'Prif ddewislen',
	'nav.today': 'Heddiw',
	'nav.progress': 'Cynnydd',
	'nav.services': 'Gwasanaethau lleol',
	'nav.settings': 'Gosodiadau',
	'nav.my-data': 'Fy nata',
	'symptom.button': "Symptom newydd neu sy'n peri pryder?",
	'translation.draft':
		"Drafft yw'r cyfieithiad hwn. Nid yw cyfieithydd cymwys wedi'i wirio eto. Os oes unrhyw beth yn aneglur, newidiwch i'r Saesneg yn y Gosodiadau.",
	'update.available': 'Mae fersiwn newydd o Limber yn barod.',
	'update.apply': 'Diweddaru nawr',
	'update.later': 'Nes ymlaen',
	'update.wait-checkin': 'Byddwn yn diweddaru ar ôl i chi orffen eich gwiriad.',
	'storage.full':
		"Does dim lle ar ôl ar eich ffôn, felly nid yw eich atebion wedi'u cadw eto. Maen nhw'n dal ar y sgrin hon. Gwnewch ychydig o le, yna pwyswch Cadw eto.",
	'storage.error':
		"Nid oedd modd cadw eich atebion. Maen nhw'n dal ar y sgrin hon. Rhowch gynnig arall arni.",
	'storage.blocked':
		"Mae Limber ar agor mewn tab neu ffenestr arall. Caewch y tab neu'r ffenestr arall er mwyn i'r un yma allu gorffen diweddaru.",
	'storage.other-tab-updated':
		'Cafodd Limber ei ddiweddaru mewn tab arall. Ail-lwythwch y dudalen hon i barhau.',
	'storage.reload': 'Ail-lwytho',
	'app.failed': "Nid oedd modd i Limber ddechrau. Caewch yr ap a'i agor eto.",
	'home.title': 'Limber',
	'start.title': 'Dechrau eich cynllun gwella',
	'start.intro':
		"Mae Limber yn rhoi cynllun i chi ar gyfer pob dydd: cyngor, ymarferion a gwiriad byr. Mae'n gweithio ar eich ffôn, hyd yn oed heb signal. Mae popeth yn aros ar eich ffôn oni bai eich bod chi'n dewis ei rannu.",
	'start.step': 'Cam {step} o {total}',
	'start.language.legend': 'Pa iaith hoffech chi?',
	'start.language.draft': 'cyfieithiad drafft',
	'start.area.legend': "Ble ydych chi'n byw?",
	'start.area.help':
		"Teipiwch ran gyntaf eich cod post, er enghraifft LS6 neu CF10. Dim ond i ddangos gwasanaethau yn agos atoch chi rydyn ni'n ei ddefnyddio.",
	'start.area.postcode': 'Rhan gyntaf eich cod post',
	'start.area.find': 'Dod o hyd i fy ardal',
	'start.area.or-pick': 'Neu dewiswch eich ardal',
	'start.area.national':
		"Byddai'n well gen i beidio â dweud (dangos gwasanaethau cenedlaethol y GIG)",
	'start.area.invalid': "Nid yw hynny'n edrych fel cod post. Teipiwch y rhan gyntaf, fel LS6.",
	'start.area.found': 'Byddwn yn dangos gwasanaethau ar gyfer {name}.',
	'start.area.example':
		"Mae'r ardal hon yn defnyddio data enghreifftiol, nid gwasanaethau lleol go iawn.",
	'start.area.unknown':
		'Nid oes gennym wasanaethau lleol ar gyfer {district} eto, felly byddwn yn dangos gwasanaethau cenedlaethol y GIG.',
	'start.pathway.legend': "Ble mae'n brifo fwyaf?",
	'start.referral.legend': 'Sut glywsoch chi am Limber?',
	'start.referral.self': 'Des i o hyd iddo fy hun',
	'start.referral.gp': 'Fy meddyg teulu neu nyrs y feddygfa',
	'start.referral.physio-waiting-list': 'Y rhestr aros ffisiotherapi',
	'start.referral.pharmacy': 'Fferyllydd',
	'start.referral.other': 'Rhywle arall',
	'start.waiting.legend': 'Ydych chi ar restr aros am ffisiotherapi?',
	'start.choices.legend': 'Eich dewisiadau',
	'start.share.label': "Rhannu fy nghanlyniadau dienw â'r GIG yn fy ardal",
	'start.share.help':
		"Mae hyn wedi'i ddiffodd oni bai eich bod chi'n ei droi ymlaen. Os byddwch chi'n ei droi ymlaen, dim ond rhifau y bydd Limber yn eu hanfon, fel eich sgôr poen a sawl diwrnod y gwnaethoch chi ddefnyddio'r cynllun, gyda'ch grŵp oedran a'ch ardal. Nid yw byth yn anfon eich enw, eich atebion mewn geiriau, dyddiadau nac unrhyw beth am eich ffôn. Gallwch newid eich meddwl unrhyw bryd yn y Gosodiadau.",
	'start.reminder.label': 'Atgoffwch fi i wneud fy ngwiriad bob dydd',
	'start.reminder.time': 'Amser y nodyn atgoffa',
	'start.continue': 'Parhau',
	'start.back': 'Yn ôl',
	'start.begin': 'Dechrau fy nghynllun',
	'start.missing': 'Atebwch y cwestiwn hwn i barhau, os gwelwch yn dda.',
	yes: 'Ie',
	no: 'Na',
	'safety.title': 'Yn gyntaf, rhai cwestiynau diogelwch',
	'safety.submit': 'Gwirio fy atebion',
	'today.escalation-stage':
		'Dilynwch y cyngor a gawsoch chi. Pan fydd meddyg, nyrs neu ffisiotherapydd wedi eich gwirio ac wedi dweud y gallwch chi barhau, dywedwch wrthym ni yma.',
	'today.cleared': 'Rwyf wedi cael fy ngwirio a gallaf barhau',
	'today.cleared-confirm':
		"Pwyswch hwn dim ond os yw meddyg, nyrs, ffisiotherapydd neu GIG 111 wedi eich gwirio ac wedi dweud ei bod yn iawn i chi barhau â'ch cynllun.",
	'today.cleared-yes': 'Ydw, rwyf wedi cael fy ngwirio',
	'today.stopped': "Rydych chi wedi stopio'r cynllun hwn.",
	'today.finished': 'Rydych chi wedi gorffen eich cynllun. Da iawn.',
	'checkin.title': 'Gwiriad dyddiol',
	'checkin.save': 'Cadw fy ngwiriad',
	'checkin.done': 'Rydych chi eisoes wedi gwneud gwiriad heddiw. Diolch.',
	'checkin.saved': "Gwiriad wedi'i gadw.",
	'checkin.none': 'Does dim gwiriad heddiw.',
	'questionnaire.heading': 'Cwestiynau am eich cynnydd',
	'questionnaire.save': 'Cadw fy atebion',
	'questionnaire.not-due': "Does dim angen llenwi'r holiadur hwn heddiw.",
	'exercise.not-found': "Doedden ni ddim yn gallu dod o hyd i'r ymarfer hwnnw.",
	'exercise.back': 'Yn ôl i heddiw',
	'symptoms.title': "Symptom newydd neu sy'n peri pryder",
	'symptoms.urgent-first':
		"Os ydych chi'n sâl iawn neu'n meddwl ei fod yn argyfwng, ffoniwch 999 nawr.",
	'symptoms.call-999': 'Ffonio 999',
	'symptoms.submit': 'Gwirio fy symptomau',
	'symptoms.none-fired':
		"Diolch. Does dim byd a ddywedoch chi wrthym sydd angen help brys ar hyn o bryd. Os ydych chi'n dal i boeni, ffoniwch GIG 111 neu eich meddygfa.",
	'symptoms.not-enrolled':
		"Os ydych chi'n poeni am symptom, ffoniwch GIG 111 am gyngor, neu 999 mewn argyfwng.",
	'help.title': 'Cael help',
	'help.none': 'Does gennych chi ddim negeseuon diogelwch.',
	'help.history': 'Negeseuon diogelwch cynharach',
	'help.day': 'Diwrnod {day}',
	'progress.title': 'Eich cynnydd',
	'progress.days': 'Rydych chi wedi gwneud gwiriad ar {count} o {total} diwrnod.',
	'progress.stage': 'Cyfnod: {stage}',
	'progress.chart': 'Poen a gweithgareddau dyddiol fesul diwrnod',
	'progress.nothing': 'Bydd eich cynnydd yn ymddangos yma ar ôl eich gwiriadau cyntaf.',
	'services.title': 'Gwasanaethau lleol',
	'services.area': 'Gwasanaethau ar gyfer {name}',
	'services.national': 'Gwasanaethau cenedlaethol y GIG',
	'settings.title': 'Gosodiadau',
	'settings.language': 'Iaith',
	'settings.text-size': 'Maint y testun',
	'settings.text-size.normal': 'Safonol',
	'settings.text-size.large': 'Mawr',
	'settings.text-size.x-large': 'Mawr iawn',
	'settings.contrast': 'Cyferbyniad uchel',
	'settings.motion': 'Lleihau symudiad ar y sgrin',
	'settings.read-aloud': 'Dangos botymau "Darllen yn uchel" ar y cyngor',
	'settings.reminders': 'Nodiadau atgoffa',
	'settings.reminder-calendar': 'Ychwanegu nodyn atgoffa dyddiol at fy nghalendr',
	'settings.reminder-calendar.help':
		"Mae hyn yn llwytho ffeil i lawr y gall eich ap calendr ei hagor. Mae'n eich atgoffa hyd yn oed pan fydd Limber ar gau.",
	'settings.reminder-notification':
		'Tra bo Limber ar agor, byddwn yn dangos nodyn atgoffa os nad ydych chi wedi gwneud eich gwiriad erbyn yr amser hwn.',
	'settings.sharing': 'Rhannu',
	'settings.saved': "Wedi'i gadw.",
	'settings.stop': 'Stopio fy nghynllun',
	'settings.stop.confirm':
		"Ydych chi'n siŵr eich bod chi eisiau stopio eich cynllun? Gallwch chi ddal i ddefnyddio'r gwiriad symptomau.",
	'settings.stop.yes': 'Ydw, stopio fy nghynllun',
	'reminder.now': "Mae'n amser am eich gwiriad dyddiol.",
	'reminder.calendar.title': 'Limber: gwiriad dyddiol',
	'reminder.calendar.description': "Agorwch Limber i wneud eich gwiriad a'ch ymarferion.",
	'my-data.title': 'Fy nata',
	'my-data.intro':
		"Mae popeth y mae Limber yn ei wybod amdanoch chi'n cael ei gadw ar y ffôn hwn. Gallwch chi gymryd copi, argraffu crynodeb, dod â chopi yn ôl, neu ddileu'r cyfan.",
	'my-data.storage.granted':
		"Mae eich porwr wedi cytuno i gadw data Limber, hyd yn oed pan fydd lle'n brin.",
	'my-data.storage.not-granted':
		"Gall eich porwr ddileu data Limber os bydd lle'n brin ar eich ffôn. Cymerwch gopi bob hyn a hyn. Mae gosod Limber ar eich sgrin gartref yn helpu.",
	'my-data.storage.unsupported':
		"Nid yw'r porwr hwn yn gallu addo cadw data Limber. Cymerwch gopi bob hyn a hyn.",
	'my-data.export': 'Llwytho copi o fy nata i lawr',
	'my-data.summary': 'Argraffu crynodeb ar gyfer fy meddyg teulu neu ffisiotherapydd',
	'my-data.import': 'Dod â chopi yn ôl',
	'my-data.import.help':
		"Dewiswch ffeil a lwythoch chi i lawr o Limber. Bydd yn cymryd lle'r hyn sydd ar y ffôn hwn nawr.",
	'my-data.import.file': 'Ffeil copi Limber',
	'my-data.import.done': 'Mae eich data wedi dod yn ôl.',
	'my-data.import.not-limber': "Nid yw'r ffeil hon yn gopi o ddata Limber.",
	'my-data.import.newer':
		"Daw'r copi hwn o fersiwn mwy newydd o Limber. Diweddarwch Limber yn gyntaf, os gwelwch yn dda.",
	'my-data.import.damaged':
		"Mae'r copi hwn wedi'i ddifrodi ac nid oes modd ei ddefnyddio ({detail}).",
	'my-data.import.unknown-pathway':
		"Mae'r copi hwn yn defnyddio cynllun ({pathway}) nad yw'r fersiwn hon o Limber yn gallu ei wirio.",
	'my-data.import.unreadable': 'Doedden ni ddim yn gallu darllen y ffeil hon.',
	'my-data.import.needs-internet':
		"Cafodd y copi wrth gefn hwn ei wneud gan fersiwn hŷn o Limber. Cysylltwch â'r rhyngrwyd, yna rhowch gynnig arall arni.",
	'my-data.delete': 'Dileu popeth',
	'my-data.delete.help':
		"Mae hyn yn dileu eich cynllun, eich atebion a'ch gosodiadau o'r ffôn hwn. Does dim modd ei ddadwneud.",
	'my-data.delete.confirm': "Rwy'n deall nad oes modd dadwneud hyn",
	'my-data.delete.shared':
		"Rydych chi wedi rhannu canlyniadau dienw. Mae dileu popeth yma hefyd yn dileu'r allwedd sy'n gadael i chi eu tynnu'n ôl. I'w tynnu'n ôl, defnyddiwch \"Dileu popeth rydw i wedi'i rannu\" ar y dudalen preifatrwydd yn gyntaf.",
	'my-data.delete.shared-link': 'Ewch i breifatrwydd a rhannu',
	'my-data.delete.yes': 'Dileu popeth nawr',
	'my-data.delete.done': "Mae popeth wedi'i ddileu.",
	'summary.title': 'Crynodeb Limber',
	'summary.print': 'Argraffu',
	'summary.plan': 'Cynllun',
	'summary.started': 'Dyddiad dechrau',
	'summary.days': 'Diwrnodau o ddefnydd',
	'summary.stage': 'Cyfnod presennol',
	'summary.scores': 'Sgorau',
	'summary.escalations': 'Negeseuon diogelwch',
	'summary.none': 'Dim',
	'summary.pain': 'Poen (0 i 10)',
	'summary.function': 'Gweithgareddau dyddiol (0 i 10)',
	'my-data.version': 'Fersiwn Limber {version}',
	'summary.note': 'Gwnaed y crynodeb hwn gan ap Limber o atebion y claf ei hun.',

	// QuestionnaireForm (en/components.ts from here on)
	'form.send': 'Anfon fy atebion',
	'form.yes': 'Ie',
	'form.no': 'Na',
	'form.optional': '(dewisol)',
	'form.number-range': 'Teipiwch rif o {min} i {max}.',
	'form.saving': "Wrthi'n cadw eich atebion…",
	'form.error-summary.title': 'Mae angen ateb i rai cwestiynau',
	'form.error-summary.intro': 'Atebwch y cwestiynau hyn cyn i chi barhau, os gwelwch yn dda:',
	'form.error.prefix': 'Gwall:',
	'form.error.boolean': 'Dewiswch Ie neu Na.',
	'form.error.choice': 'Dewiswch un ateb.',
	'form.error.scale': 'Dewiswch rif o {min} i {max}.',
	'form.error.number': 'Teipiwch rif o {min} i {max}.',

	// AdviceCard
	'advice.read-aloud': 'Darllen yn uchel',
	'advice.stop-reading': 'Stopio darllen',

	// Exercise dose in words ("2 set o 10, bob ochr, 3 gwaith y dydd"). Welsh takes the singular
	// noun after a number, so one form serves every count; `set` is the usual loan word.
	'dose.separator': ', ',
	'dose.sets-of-reps': '{sets} set o {reps}',
	'dose.one-set-of-reps': 'un set o {reps}',
	'dose.reps.1': 'unwaith',
	'dose.reps.other': '{reps} gwaith',
	'dose.sets.1': 'un set',
	'dose.sets.other': '{sets} set',
	'dose.hold.1': 'daliwch bob un am 1 eiliad',
	'dose.hold.other': 'daliwch bob un am {seconds} eiliad',
	'dose.each-side': 'bob ochr',
	'dose.rest-between-sets': 'gorffwyswch am {seconds} eiliad rhwng pob set',
	'dose.rest-between-reps': 'gorffwyswch am {seconds} eiliad rhwng pob un',
	'dose.per-day.1': 'unwaith y dydd',
	'dose.per-day.2': 'ddwywaith y dydd',
	'dose.per-day.other': '{count} gwaith y dydd',
	'dose.as-comfortable': "Cymaint ag sy'n teimlo'n gyfforddus",

	// ExerciseCard and ExerciseDetail
	'exercise.dose-label': 'Faint:',
	'exercise.open-short': 'Dangos i mi sut',
	'exercise.open': 'Dangos i mi sut: {title}',
	'exercise.how-much': "Faint i'w wneud",
	'exercise.steps': "Sut i'w wneud",
	'exercise.cautions': 'Byddwch yn ofalus: pryd i stopio',
	'exercise.done': 'Rwyf wedi gwneud yr ymarfer hwn',
	'exercise.done-again': "Rwyf wedi'i wneud eto",
	'exercise.done-today': "Wedi'i wneud heddiw ✓",

	// HoldTimer
	'timer.title': 'Amserydd dal',
	'timer.set-of': 'Set {set} o {sets}',
	'timer.rep-of': 'Rhif {rep} o {reps}',
	'timer.phase.ready': "Dechreuwch pan fyddwch chi'n barod",
	'timer.phase.hold': 'Daliwch',
	'timer.phase.rest': 'Gorffwys',
	'timer.phase.done': 'Wedi gorffen. Da iawn!',
	'timer.seconds-caption': 'eiliad ar ôl',
	'timer.start': 'Dechrau',
	'timer.start-next': "Dechrau'r un nesaf",
	'timer.pause': 'Oedi',
	'timer.resume': 'Parhau',
	'timer.reset': "Dechrau o'r dechrau",
	'timer.start-again': 'Dechrau eto',
	'timer.say.hold': 'Daliwch am {seconds} eiliad.',
	'timer.say.rep-done': "Ymlaciwch. Pwyswch Dechrau pan fyddwch chi'n barod am yr un nesaf.",
	'timer.say.set-done':
		"Set {set} wedi'i gwneud. Pwyswch Dechrau pan fyddwch chi'n barod am y set nesaf.",
	'timer.say.set-done-rest': "Set {set} wedi'i gwneud. Gorffwyswch am {seconds} eiliad.",
	'timer.say.rest-over': "Mae'r gorffwys ar ben. Pwyswch Dechrau pan fyddwch chi'n barod.",
	'timer.say.all-done': 'Wedi gorffen. Da iawn!',
	'timer.say.paused': 'Wedi oedi.',
	'timer.say.resumed': 'Yn parhau.',
	'timer.say.reset': "Mae'r amserydd yn ôl ar y dechrau.",

	// Severity (SeverityBadge) and the escalation screen
	'severity.emergency': 'Argyfwng',
	'severity.urgent': 'Brys: heddiw',
	'severity.soon': 'Cyn bo hir: yn ystod y dyddiau nesaf',
	'severity.routine': 'Ddim yn frys',
	'escalation.headline.emergency': 'Ffoniwch 999 nawr',
	'escalation.headline.urgent': 'Mynnwch help heddiw',
	'escalation.headline.soon': 'Trefnwch apwyntiad yn ystod y dyddiau nesaf',
	'escalation.headline.routine': 'Pethau a allai helpu',
	'escalation.call-999': 'Ffonio 999',
	'escalation.what-to-do': "Beth i'w wneud, a pham",
	'escalation.ack-title': 'Cyn i chi barhau',
	'escalation.ack-label': "Rwy'n deall beth sydd angen i mi ei wneud",
	'escalation.ack-error':
		"Ticiwch y blwch i ddweud eich bod chi'n deall beth sydd angen i chi ei wneud. Yna pwyswch Parhau.",
	'escalation.continue': 'Parhau',

	// Signpost categories (ServiceList headings)
	'signpost.call-999': 'Argyfwng: ffoniwch 999',
	'signpost.nhs-111': "GIG 111: help pan nad yw'n argyfwng",
	'signpost.urgent-gp': "Apwyntiad brys gyda'ch meddyg teulu heddiw",
	'signpost.gp': 'Eich meddygfa',
	'signpost.physio-self-referral': 'Ffisiotherapi y gallwch chi ei drefnu eich hun',
	'signpost.pharmacy': 'Fferyllfa',
	'signpost.mental-health-crisis': 'Help brys ar gyfer eich iechyd meddwl',
	'signpost.talking-therapies': 'Therapïau siarad ar gyfer straen, poeni a hwyliau isel',
	'signpost.stop-smoking': "Help i roi'r gorau i ysmygu",
	'signpost.weight-management': 'Help i reoli eich pwysau',
	'signpost.work-and-health': "Help gyda gwaith a'ch iechyd",
	'signpost.physical-activity': 'Ffyrdd o fod yn fwy egnïol',
	'signpost.arthritis-support': 'Cymorth ar gyfer arthritis a phoen yn y cymalau',

	// ServiceCard and ServiceList
	'service.example': 'Data enghreifftiol – nid gwasanaeth go iawn',
	'service.call': 'Ffonio {phone}',
	'service.text': 'Anfon neges destun {message} i {number}',
	'service.website': 'Mynd i {site}',
	'service.hours': 'Pryd mae ar agor',
	'service.self-referral': 'Alla i gysylltu â nhw fy hun?',
	'service.self-referral.yes': 'Gallwch, gallwch chi gysylltu â nhw eich hun.',
	'service.self-referral.no': "Efallai y bydd angen i'ch meddygfa eich cyfeirio.",
	'service.check-details':
		'Gwiriwch y manylion hyn cyn i chi eu defnyddio: cawsant eu cadarnhau ddiwethaf hyd at {date}.',
	'service.source.national':
		"Nid oes gennym wasanaeth lleol ar gyfer hyn yn eich ardal, felly gwasanaethau cenedlaethol yw'r rhain.",
	'service.none':
		"Nid oes gennym fanylion gwasanaeth ar gyfer hyn. Ffoniwch GIG 111 a byddan nhw'n dweud wrthych chi ble i fynd.",

	// ProgressChart
	'chart.caption': "Eich poen a'r hyn y gallwch chi ei wneud, fesul diwrnod",
	'chart.pain': 'Poen',
	'chart.function': 'Beth allwch chi ei wneud',
	'chart.legend.pain': "Poen (0 yw dim poen, 10 yw'r gwaethaf)",
	'chart.legend.function': "Beth allwch chi ei wneud (0 yw dim o gwbl, 10 yw cystal ag o'r blaen)",
	'chart.axis.day': 'Diwrnod',
	'chart.axis.score': "Mae'r sgorau'n mynd o 0 ar y gwaelod i 10 ar y brig.",
	'chart.show-table': 'Dangos fel tabl',
	'chart.no-value': 'Heb ei gofnodi',
	'chart.empty': "Does dim sgorau i'w dangos eto.",
	'chart.summary.none': '{measure}: dim sgorau eto.',
	'chart.summary.one': '{measure}: {value} ar ddiwrnod {day}.',
	'chart.summary.change':
		'{measure}: {first} ar ddiwrnod {firstDay}, yna {last} ar ddiwrnod {lastDay}.',

	// TodayView
	'today.day': 'Diwrnod {day}',
	'today.checkin.title': 'Gwiriad heddiw',
	'today.checkin.prompt': "Dywedwch wrthym ni sut ydych chi heddiw. Mae'n cymryd tua munud.",
	'today.checkin.start': 'Dechrau gwiriad heddiw',
	'today.checkin.done': "Gwiriad wedi'i wneud heddiw ✓",
	'today.outcomes.title': 'Cwestiynau am eich cynnydd',
	'today.outcomes.why':
		"Mae'r rhain yn eich helpu chi a'ch tîm GIG i weld sut rydych chi'n dod ymlaen.",
	'today.outcomes.start': 'Ateb y cwestiynau',
	'today.outcomes.start-named': 'Ateb y cwestiynau: {title}',
	'today.outcome.days-left': 'Mae gennych chi {count} diwrnod ar ôl i ateb y rhain.',
	'today.outcome.last-day': "Heddiw yw'r diwrnod olaf i ateb y rhain.",
	'today.advice.title': 'Cyngor i chi',
	'today.exercises.title': 'Eich ymarferion',

	// Privacy and sharing (en/sharing.ts)
	'privacy.title': 'Preifatrwydd a rhannu',
	'privacy.intro':
		"Mae Limber yn cadw eich atebion ar y ffôn hwn. Does dim byd yn gadael y ffôn oni bai eich bod chi'n dewis rhannu.",
	'privacy.shared.title': "Beth sy'n cael ei rannu os byddwch chi'n troi rhannu ymlaen",
	'privacy.shared.body':
		"Cod ar hap sydd ddim yn gysylltiedig â chi na'ch ffôn, eich cynllun, eich ardal, y mis y gwnaethoch chi ddechrau, sut cawsoch chi eich atgyfeirio, eich grŵp oedran ac (os byddwch chi'n dweud) eich rhyw a'ch grŵp ethnig, eich sgorau ar adegau penodol, codau ar gyfer unrhyw gyngor brys, y mathau o wasanaethau a awgrymwyd, ac a wnaethoch chi orffen.",
	'privacy.never.title': 'Beth sydd byth yn cael ei rannu',
	'privacy.never.body':
		"Eich enw, eich cod post, dyddiadau, unrhyw beth rydych chi'n ei deipio, eich atebion dyddiol, nac unrhyw beth am eich ffôn.",
	'privacy.withdraw.info':
		"Gallwch chi ddiffodd rhannu unrhyw bryd, a gallwch chi ofyn i bopeth a rannwyd o'r ffôn hwn gael ei ddileu.",
	'privacy.status.on': 'Mae rhannu ymlaen.',
	'privacy.status.off': 'Mae rhannu i ffwrdd.',
	'privacy.turn-on': 'Troi rhannu ymlaen',
	'privacy.turn-off': 'Diffodd rhannu',
	'privacy.questions.legend': 'Amdanoch chi (dewisol)',
	'privacy.questions.help':
		"Mae'r rhain yn helpu'r GIG i wirio bod ei wasanaethau'n gweithio i bawb. Gallwch chi hepgor unrhyw un ohonyn nhw.",
	'privacy.age': 'Grŵp oedran',
	'privacy.not-stated': "Mae'n well gen i beidio â dweud",
	'privacy.sex': 'Rhyw',
	'privacy.sex.female': 'Benyw',
	'privacy.sex.male': 'Gwryw',
	'privacy.sex.other': 'Arall',
	'privacy.ethnicity': 'Grŵp ethnig',
	'privacy.ethnicity.asian': 'Asiaidd neu Asiaidd Prydeinig',
	'privacy.ethnicity.black': 'Du, Du Prydeinig, Caribïaidd neu Affricanaidd',
	'privacy.ethnicity.mixed': 'Grwpiau ethnig cymysg neu luosog',
	'privacy.ethnicity.white': 'Gwyn',
	'privacy.ethnicity.other': 'Grŵp ethnig arall',
	'privacy.left-waiting-list': 'Rydw i wedi gadael y rhestr aros ffisiotherapi',
	'privacy.save-answers': 'Cadw fy atebion',
	'privacy.queue.waiting': 'Diweddariadau yn aros i gael eu hanfon: {count}',
	'privacy.queue.withdrawals': 'Dileadau yn aros i gael eu hanfon: {count}',
	'privacy.queue.refused': 'Diweddariadau na dderbyniodd y gweinydd: {count}',
	'privacy.withdraw': "Dileu popeth rydw i wedi'i rannu",
	'privacy.withdraw.confirm':
		"Mae hyn yn diffodd rhannu ac yn gofyn i weinydd y GIG ddileu pob cofnod a rannwyd o'r ffôn hwn. Mae Limber yn dal i ofyn nes bod y gweinydd yn cadarnhau.",
	'privacy.withdraw.yes': 'Ydw, dilëwch yr hyn a rannais',
	'privacy.withdraw.done': 'Gofynnwyd am ddileu. Bydd Limber yn ei anfon pan fyddwch chi ar-lein.',
	'privacy.cancel': 'Canslo',
	'settings.sharing.link': "Preifatrwydd a rhannu: beth sy'n cael ei rannu, a'i ddileu"
};
