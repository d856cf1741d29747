/** English text for sharing anonymised outcomes: the consent screen, Privacy, and withdrawal. */
export const sharing = {
	'privacy.title': 'Privacy and sharing',
	'privacy.intro':
		'Limber keeps your answers on this phone. Nothing leaves it unless you choose to share.',
	'privacy.shared.title': 'What is shared if you turn sharing on',
	'privacy.shared.body':
		'A random code that is not linked to you or your phone, your plan, your area, the month you started, how you were referred, your age group and (only if you say) your sex and ethnic group, your scores at set points, codes for any urgent advice, the kinds of services suggested, and whether you finished.',
	'privacy.never.title': 'What is never shared',
	'privacy.never.body':
		'Your name, your postcode, dates, anything you type, your daily answers, or anything about your phone.',
	'privacy.withdraw.info':
		'You can turn sharing off at any time, and you can ask for everything shared from this phone to be deleted.',
	'privacy.status.on': 'Sharing is on.',
	'privacy.status.off': 'Sharing is off.',
	'privacy.turn-on': 'Turn sharing on',
	'privacy.turn-off': 'Turn sharing off',
	'privacy.questions.legend': 'About you (optional)',
	'privacy.questions.help':
		'These help the NHS check that its services work for everyone. You can skip any of them.',
	'privacy.age': 'Age group',
	'privacy.not-stated': 'Prefer not to say',
	'privacy.sex': 'Sex',
	'privacy.sex.female': 'Female',
	'privacy.sex.male': 'Male',
	'privacy.sex.other': 'Other',
	'privacy.ethnicity': 'Ethnic group',
	'privacy.ethnicity.asian': 'Asian or Asian British',
	'privacy.ethnicity.black': 'Black, Black British, Caribbean or African',
	'privacy.ethnicity.mixed': 'Mixed or multiple ethnic groups',
	'privacy.ethnicity.white': 'White',
	'privacy.ethnicity.other': 'Another ethnic group',
	'privacy.left-waiting-list': 'I have left the physiotherapy waiting list',
	'privacy.save-answers': 'Save my answers',
	'privacy.queue.waiting': 'Updates waiting to be sent: {count}',
	'privacy.queue.withdrawals': 'Deletions waiting to be sent: {count}',
	'privacy.queue.refused': 'Updates the server did not accept: {count}',
	'privacy.withdraw': 'Delete everything I have shared',
	'privacy.withdraw.confirm':
		'This turns sharing off and asks the NHS server to delete every record shared from this phone. Limber keeps asking until the server confirms.',
	'privacy.withdraw.yes': 'Yes, delete what I shared',
	'privacy.withdraw.done': 'Deletion requested. Limber sends it when you are online.',
	'privacy.cancel': 'Cancel',
	'settings.sharing.link': 'Privacy and sharing: what is shared, and deleting it'
} as const;
