/**
 * English interface text for the app frame, navigation and screens (the source language).
 * Placeholders are written {name}. Plain English, reading age about 9 to 11.
 */
export const common = {
	'app.name': 'Limber',
	'app.tagline': 'Your recovery plan for back, neck, knee and shoulder pain',
	'app.skip-to-content': 'Skip to main content',
	'app.loading': 'Loading your plan…',
	'nav.label': 'Main',
	'nav.today': 'Today',
	'nav.progress': 'Progress',
	'nav.services': 'Local services',
	'nav.settings': 'Settings',
	'nav.my-data': 'My data',
	'symptom.button': 'New or worrying symptom?',
	'translation.draft':
		'This translation is a draft. It has not yet been checked by a qualified translator. If anything is unclear, switch to English in Settings.',
	'update.available': 'A new version of Limber is ready.',
	'update.apply': 'Update now',
	'update.later': 'Later',
	'update.wait-checkin': 'We will update after you finish your check-in.',
	'storage.full':
		'Your phone is out of space, so your answers are not saved yet. They are still on this screen. Free some space, then press Save again.',
	'storage.error':
		'Your answers could not be saved. They are still on this screen. Please try again.',
	'storage.blocked':
		'Limber is open in another tab or window. Please close it so this one can finish updating.',
	'storage.other-tab-updated': 'Limber was updated in another tab. Reload this page to carry on.',
	'storage.reload': 'Reload'
} as const;
