/**
 * English interface text used by the patient components (src/lib/components/patient), keyed by
 * component area. Placeholders are written {name}. Plain English, reading age about 9 to 11.
 *
 * Counts: a key ending `.1` is used for exactly one, `.other` for any other number; `.2` (twice)
 * exists where English has its own word.
 */
export const components = {
	// QuestionnaireForm
	'form.send': 'Send my answers',
	'form.yes': 'Yes',
	'form.no': 'No',
	'form.optional': '(optional)',
	'form.number-range': 'Type a number from {min} to {max}.',
	'form.saving': 'Saving your answers…',
	'form.error-summary.title': 'Some questions need an answer',
	'form.error-summary.intro': 'Please answer these questions before you carry on:',
	'form.error.prefix': 'Error:',
	'form.error.boolean': 'Choose yes or no.',
	'form.error.choice': 'Choose one answer.',
	'form.error.scale': 'Choose a number from {min} to {max}.',
	'form.error.number': 'Type a number from {min} to {max}.',

	// AdviceCard
	'advice.read-aloud': 'Read aloud',
	'advice.stop-reading': 'Stop reading',

	// Exercise dose in words ("2 sets of 10, each side, 3 times a day"), joined by dose.separator
	'dose.separator': ', ',
	'dose.sets-of-reps': '{sets} sets of {reps}',
	'dose.one-set-of-reps': '1 set of {reps}',
	'dose.reps.1': 'once',
	'dose.reps.other': '{reps} times',
	'dose.sets.1': '1 set',
	'dose.sets.other': '{sets} sets',
	'dose.hold.1': 'hold each one for 1 second',
	'dose.hold.other': 'hold each one for {seconds} seconds',
	'dose.each-side': 'each side',
	'dose.rest-between-sets': 'rest for {seconds} seconds between sets',
	'dose.rest-between-reps': 'rest for {seconds} seconds between each one',
	'dose.per-day.1': 'once a day',
	'dose.per-day.2': 'twice a day',
	'dose.per-day.other': '{count} times a day',
	'dose.as-comfortable': 'As much as feels comfortable',

	// ExerciseCard and ExerciseDetail
	'exercise.dose-label': 'How much:',
	'exercise.open-short': 'Show me how',
	'exercise.open': 'Show me how: {title}',
	'exercise.how-much': 'How much to do',
	'exercise.steps': 'How to do it',
	'exercise.cautions': 'Take care: when to stop',
	'exercise.done': 'I have done this exercise',
	'exercise.done-again': 'I have done it again',
	'exercise.done-today': 'Done today ✓',

	// HoldTimer
	'timer.title': 'Hold timer',
	'timer.set-of': 'Set {set} of {sets}',
	'timer.rep-of': 'Number {rep} of {reps}',
	'timer.phase.ready': 'Ready when you are',
	'timer.phase.hold': 'Hold',
	'timer.phase.rest': 'Rest',
	'timer.phase.done': 'All done. Well done!',
	'timer.seconds-caption': 'seconds left',
	'timer.start': 'Start',
	'timer.start-next': 'Start the next one',
	'timer.pause': 'Pause',
	'timer.resume': 'Carry on',
	'timer.reset': 'Start over',
	'timer.start-again': 'Start again',
	'timer.say.hold': 'Hold for {seconds} seconds.',
	'timer.say.rep-done': 'Relax. Press Start when you are ready for the next one.',
	'timer.say.set-done': 'Set {set} done. Press Start when you are ready for the next set.',
	'timer.say.set-done-rest': 'Set {set} done. Rest for {seconds} seconds.',
	'timer.say.rest-over': 'Rest over. Press Start when you are ready.',
	'timer.say.all-done': 'All done. Well done!',
	'timer.say.paused': 'Paused.',
	'timer.say.resumed': 'Carrying on.',
	'timer.say.reset': 'The timer is back at the start.',

	// Severity (SeverityBadge) and the escalation screen
	'severity.emergency': 'Emergency',
	'severity.urgent': 'Urgent: today',
	'severity.soon': 'Soon: in the next few days',
	'severity.routine': 'Not urgent',
	'escalation.headline.emergency': 'Call 999 now',
	'escalation.headline.urgent': 'Get help today',
	'escalation.headline.soon': 'Book an appointment in the next few days',
	'escalation.headline.routine': 'Things that may help',
	'escalation.call-999': 'Call 999',
	'escalation.what-to-do': 'What to do, and why',
	'escalation.ack-title': 'Before you carry on',
	'escalation.ack-label': 'I understand what I need to do',
	'escalation.ack-error':
		'Please tick the box to say you understand what you need to do. Then press Continue.',
	'escalation.continue': 'Continue',

	// Signpost categories (ServiceList headings)
	'signpost.call-999': 'Emergency: call 999',
	'signpost.nhs-111': 'NHS 111: help when it is not an emergency',
	'signpost.urgent-gp': 'An urgent appointment with your GP today',
	'signpost.gp': 'Your GP practice',
	'signpost.physio-self-referral': 'Physiotherapy you can book yourself',
	'signpost.pharmacy': 'A pharmacy',
	'signpost.mental-health-crisis': 'Urgent help for your mental health',
	'signpost.talking-therapies': 'Talking therapies for stress, worry and low mood',
	'signpost.stop-smoking': 'Help to stop smoking',
	'signpost.weight-management': 'Help to manage your weight',
	'signpost.work-and-health': 'Help with work and your health',
	'signpost.physical-activity': 'Ways to be more active',
	'signpost.arthritis-support': 'Support for arthritis and joint pain',

	// ServiceCard and ServiceList
	'service.example': 'Example data – not a real service',
	'service.call': 'Call {phone}',
	'service.text': 'Text {message} to {number}',
	'service.website': 'Go to {site}',
	'service.hours': 'When it is open',
	'service.self-referral': 'Can I contact them myself?',
	'service.self-referral.yes': 'Yes, you can contact them yourself.',
	'service.self-referral.no': 'You may need your GP practice to refer you.',
	'service.check-details':
		'Check these details before you use them: they were last confirmed until {date}.',
	'service.source.national':
		'We do not have a local service for this in your area, so these are national services.',
	'service.none':
		'We do not have details of a service for this. Call NHS 111 and they will tell you where to go.',

	// ProgressChart
	'chart.caption': 'Your pain and what you can do, day by day',
	'chart.pain': 'Pain',
	'chart.function': 'What you can do',
	'chart.legend.pain': 'Pain (0 is no pain, 10 is the worst)',
	'chart.legend.function': 'What you can do (0 is not at all, 10 is as well as before)',
	'chart.axis.day': 'Day',
	'chart.axis.score': 'Scores go from 0 at the bottom to 10 at the top.',
	'chart.show-table': 'Show as a table',
	'chart.no-value': 'Not recorded',
	'chart.empty': 'There are no scores to show yet.',
	'chart.summary.none': '{measure}: no scores yet.',
	'chart.summary.one': '{measure}: {value} on day {day}.',
	'chart.summary.change': '{measure}: {first} on day {firstDay}, and {last} on day {lastDay}.',

	// TodayView
	'today.day': 'Day {day}',
	'today.checkin.title': "Today's check-in",
	'today.checkin.prompt': 'Tell us how you are today. It takes about a minute.',
	'today.checkin.start': "Start today's check-in",
	'today.checkin.done': 'Check-in done today ✓',
	'today.outcomes.title': 'Questions about your progress',
	'today.outcomes.why': 'These help you and your NHS team see how you are getting on.',
	'today.outcomes.start': 'Answer the questions',
	'today.outcomes.start-named': 'Answer the questions: {title}',
	'today.outcome.days-left': 'You have {count} days left to answer these.',
	'today.outcome.last-day': 'Today is the last day to answer these.',
	'today.advice.title': 'Advice for you',
	'today.exercises.title': 'Your exercises'
} as const;
