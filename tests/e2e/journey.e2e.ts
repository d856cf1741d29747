/**
 * Two weeks with low back pain, as a patient lives them, in the production build. Playwright's
 * clock stands in for the calendar: each morning the patient opens Today, and the app catches up
 * the days it missed. They start the plan (Leeds example area), pass the entry safety questions,
 * answer the baseline questionnaire from Today, check in every day with pain that falls, do an
 * exercise with its hold timer, get the weekly mood questions on Day 8 (not on Day 2), move from
 * "The first few days" to "Building up" after a week, see the follow-up questionnaire become due
 * on Day 15, and find every pain score on the Progress chart and its table.
 */
import { expect, test, type Page } from '@playwright/test';
import {
	answerOutcomeQuestionnaire,
	answerUnansweredWithFirstOption,
	answerYesNo
} from './support/patient-app';

// London time, and a fortnight that crosses the change to summer time (29 March 2026): a day is
// a local calendar day, whatever the clocks do.
test.use({ timezoneId: 'Europe/London' });

/** Monday 23 March 2026, 09:00 in London. */
const FIRST_MORNING = Date.parse('2026-03-23T09:00:00Z');
const DAY_MS = 24 * 60 * 60 * 1000;

/** 09:00 (GMT) on the patient's Day N (Day 1 is the day they start). */
function morningOf(day: number): number {
	return FIRST_MORNING + (day - 1) * DAY_MS;
}

/** The worst pain the patient reports on Days 1 to 14: falling, never rising. */
const PAIN_BY_DAY = [8, 7, 7, 6, 6, 5, 5, 4, 4, 4, 3, 3, 2, 2] as const;

function painOn(day: number): number {
	const pain = PAIN_BY_DAY[day - 1];
	if (pain === undefined) throw new Error(`No pain score planned for Day ${day}`);
	return pain;
}

/** Today's screen, by what the patient sees on it. */
function todayScreen(page: Page) {
	const main = page.getByRole('main');
	return {
		day: main.getByRole('heading', { level: 1 }),
		stage: main.getByRole('heading', { level: 1 }).locator('xpath=following-sibling::p[1]'),
		startCheckIn: main.getByRole('button', { name: "Start today's check-in" }),
		checkInDone: main.getByText('Check-in done today ✓'),
		questionsDue: main.getByRole('heading', { level: 2, name: 'Questions about your progress' }),
		exercise: (title: string) =>
			main
				.getByRole('listitem')
				.filter({ has: page.getByRole('heading', { level: 3, name: title, exact: true }) })
	};
}

/** The morning of Day N: the patient opens Limber at Today. */
async function openTodayOn(page: Page, day: number): Promise<void> {
	await page.clock.setSystemTime(morningOf(day));
	await page.goto('/today');
	await expect(todayScreen(page).day).toHaveText(`Day ${day}`);
}

/** The check-in questions by their text. */
function checkInForm(page: Page) {
	const question = (name: RegExp) => page.getByRole('radiogroup', { name });
	return {
		pain: question(/worst pain in the last 24 hours/),
		feel: question(/how is your back today/),
		newSymptoms: question(/anything new or worrying/),
		moodInterest: question(/little interest or pleasure/),
		moodDown: question(/feeling down, depressed or hopeless/),
		exercises: question(/done your exercises since your last check-in/),
		save: page.getByRole('button', { name: 'Save my check-in' })
	};
}

/**
 * From Today: starts the check-in with its button, gives the day's pain and how the back feels,
 * says nothing new or worrying has happened, answers any other question (the weekly mood
 * questions) with its first option, saves, and sees Today say the check-in is done.
 */
async function checkInFromToday(
	page: Page,
	input: { pain: number; feel: 'Better' | 'About the same' }
): Promise<void> {
	const today = todayScreen(page);
	await today.startCheckIn.click();
	await expect(page).toHaveURL(/\/checkin$/);
	const form = checkInForm(page);
	await form.pain.getByRole('radio', { name: String(input.pain), exact: true }).check();
	await form.feel.getByRole('radio', { name: input.feel, exact: true }).check();
	await answerYesNo(page);
	// The weekly mood questions, when asked, and the exercises: the first option.
	await answerUnansweredWithFirstOption(page);
	await form.save.click();
	await expect(page).toHaveURL(/\/today$/);
	await expect(today.checkInDone).toBeVisible();
	await expect(today.startCheckIn).toHaveCount(0);
}

test('a patient with low back pain follows their plan for two weeks, and sees their progress', async ({
	page
}) => {
	test.setTimeout(120_000);
	const today = todayScreen(page);
	// Installed before the first page loads, so every page of the app sees the same calendar.
	await page.clock.install({ time: morningOf(1) });

	await test.step('Day 1: starts the plan (Leeds, low back pain)', async () => {
		await page.goto('/');
		await expect(page).toHaveURL(/\/start$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Start your recovery plan');
		await expect(page.getByText('Step 1 of 5')).toBeVisible();
		await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
		await page.getByRole('button', { name: 'Continue' }).click();

		await expect(page.getByText('Step 2 of 5')).toBeVisible();
		await page.getByLabel('First part of your postcode').fill('ls6');
		await page.getByRole('button', { name: 'Find my area' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Leeds' })).toHaveText(
			'We will show services from Example: Leeds (example data). This area uses example data, not real local services.'
		);
		await expect(page.getByRole('radio', { name: /Leeds/ })).toBeChecked();
		await page.getByRole('button', { name: 'Continue' }).click();

		await expect(page.getByText('Step 3 of 5')).toBeVisible();
		await expect(page.getByRole('group', { name: 'Where does it hurt most?' })).toBeVisible();
		await page.getByRole('radio', { name: /^Low back pain/ }).check();
		await page.getByRole('button', { name: 'Continue' }).click();

		await expect(page.getByText('Step 4 of 5')).toBeVisible();
		await page.getByRole('radio', { name: 'My GP or practice nurse' }).check();
		await page
			.getByRole('group', { name: 'Are you on a waiting list for physiotherapy?' })
			.getByRole('radio', { name: 'No' })
			.check();
		await page.getByRole('button', { name: 'Continue' }).click();

		await expect(page.getByText('Step 5 of 5')).toBeVisible();
		// Sharing is the patient's choice, and it starts switched off.
		await expect(
			page.getByRole('checkbox', { name: 'Share my anonymous results with my local NHS' })
		).not.toBeChecked();
		await page.getByRole('button', { name: 'Start my plan' }).click();
	});

	await test.step('Day 1: answers the entry safety questions, with nothing to worry about', async () => {
		await expect(page).toHaveURL(/\/start\/safety$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'First, some safety questions'
		);
		await expect(page.getByRole('radiogroup')).toHaveCount(12);
		// No advice, and no way round the questions, before they are answered.
		await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
		await answerYesNo(page);
		await page.getByRole('button', { name: 'Check my answers' }).click();

		await expect(page).toHaveURL(/\/today$/);
		await expect(page.getByRole('alertdialog')).toHaveCount(0);
		await expect(today.day).toHaveText('Day 1');
		await expect(today.stage).toHaveText('The first few days');
		await expect(page.getByRole('link', { name: 'New or worrying symptom?' })).toBeVisible();
	});

	await test.step('Day 1: answers the baseline questionnaire from Today', async () => {
		await expect(today.questionsDue).toBeVisible();
		await expect(page.getByRole('main')).toContainText('You have 3 days left to answer these.');
		await page
			.getByRole('button', { name: 'Answer the questions: How your back affects you' })
			.click();
		await expect(page).toHaveURL(/\/questionnaire\?id=baseline$/);
		await expect(page.getByRole('heading', { level: 2 })).toHaveText('How your back affects you');
		await answerOutcomeQuestionnaire(page, { ratings: [3, 4, 2] });
		await expect(today.questionsDue).toHaveCount(0);
	});

	await test.step('Day 1: checks in, with no weekly mood questions (the baseline asked them)', async () => {
		await today.startCheckIn.click();
		await expect(checkInForm(page).pain).toBeVisible();
		await expect(checkInForm(page).moodInterest).toHaveCount(0);
		await page.goBack();
		await checkInFromToday(page, { pain: painOn(1), feel: 'About the same' });
	});

	await test.step('Day 1: does the pelvic tilt with the hold timer, and it is marked done', async () => {
		await expect(today.exercise('Pelvic tilt')).not.toContainText('Done today');
		await page.getByRole('button', { name: 'Show me how: Pelvic tilt' }).click();
		await expect(page).toHaveURL(/\/exercise\?id=pelvic-tilt$/);
		await expect(page.getByRole('heading', { level: 2, name: 'Pelvic tilt' })).toBeVisible();
		const timer = page.getByRole('region', { name: 'Hold timer' });
		await expect(timer.getByText('Ready when you are', { exact: true })).toBeVisible();
		await expect(timer.getByRole('timer')).toContainText('5');

		await timer.getByRole('button', { name: 'Start', exact: true }).click();
		await expect(timer.getByText('Hold', { exact: true })).toBeVisible();
		await page.clock.runFor(2_000);
		await expect(timer.getByRole('timer')).toContainText('3');
		await timer.getByRole('button', { name: 'Pause' }).click();
		await expect(timer.getByRole('button', { name: 'Carry on' })).toBeVisible();
		// Paused means paused: the seconds stay where they are.
		await page.clock.runFor(3_000);
		await expect(timer.getByRole('timer')).toContainText('3');

		await page.getByRole('button', { name: 'I have done this exercise' }).click();
		await expect(page).toHaveURL(/\/today$/);
		await expect(today.exercise('Pelvic tilt')).toContainText('Done today ✓');
		await expect(today.exercise('Knee rolls')).not.toContainText('Done today');
	});

	await test.step('Day 2: a new day, the exercise not yet done, and no weekly mood questions', async () => {
		await openTodayOn(page, 2);
		await expect(today.stage).toHaveText('The first few days');
		await expect(today.startCheckIn).toBeVisible();
		await expect(today.exercise('Pelvic tilt')).not.toContainText('Done today');
		await expect(today.questionsDue).toHaveCount(0);

		await today.startCheckIn.click();
		await expect(checkInForm(page).pain).toBeVisible();
		await expect(checkInForm(page).moodInterest).toHaveCount(0);
		await expect(checkInForm(page).moodDown).toHaveCount(0);
		await page.goBack();
		await checkInFromToday(page, { pain: painOn(2), feel: 'Better' });
	});

	await test.step('Day 3 comes while the app is open: Today moves on at midnight by itself', async () => {
		await page.clock.fastForward('24:00:00');
		await expect(today.day).toHaveText('Day 3');
		await expect(today.startCheckIn).toBeVisible();
		await checkInFromToday(page, { pain: painOn(3), feel: 'About the same' });
	});

	for (let day = 4; day <= 7; day++) {
		await test.step(`Day ${day}: still in the first few days; checks in with pain ${painOn(day)}`, async () => {
			await openTodayOn(page, day);
			await expect(today.stage).toHaveText('The first few days');
			await checkInFromToday(page, { pain: painOn(day), feel: 'Better' });
		});
	}

	await test.step('Day 8: a week has passed, so the plan moves on to "Building up"', async () => {
		await expect(today.exercise('Bridge')).toHaveCount(0);
		await openTodayOn(page, 8);
		await expect(today.stage).toHaveText('Building up');
		await expect(page.getByRole('main')).toContainText('Do a bit more each week');
		await expect(today.exercise('Bridge')).toBeVisible();
		await expect(today.exercise('Knee to chest')).toHaveCount(0);
	});

	await test.step('Day 8: the weekly mood questions are asked', async () => {
		await today.startCheckIn.click();
		const form = checkInForm(page);
		await expect(form.moodInterest).toBeVisible();
		await expect(form.moodDown).toBeVisible();
		await page.goBack();
		await checkInFromToday(page, { pain: painOn(8), feel: 'Better' });
	});

	for (let day = 9; day <= 14; day++) {
		await test.step(`Day ${day}: building up; checks in with pain ${painOn(day)}`, async () => {
			await openTodayOn(page, day);
			await expect(today.stage).toHaveText('Building up');
			// The follow-up is for two weeks after the start, not before.
			await expect(today.questionsDue).toHaveCount(0);
			await checkInFromToday(page, { pain: painOn(day), feel: 'Better' });
		});
	}

	await test.step('Day 15: the two-week follow-up questionnaire is due, and is answered', async () => {
		await openTodayOn(page, 15);
		await expect(today.questionsDue).toBeVisible();
		await expect(
			page.getByRole('heading', { level: 3, name: 'How are you getting on?' })
		).toBeVisible();
		await expect(page.getByRole('main')).toContainText('You have 3 days left to answer these.');
		await page
			.getByRole('button', { name: 'Answer the questions: How are you getting on?' })
			.click();
		// The activities the patient chose at the start are carried forward.
		await expect(
			page
				.getByRole('group', { name: 'Activity 1', exact: true })
				.getByRole('radio', { name: 'Walking' })
		).toBeChecked();
		await answerOutcomeQuestionnaire(page, { ratings: [7, 7, 6] });
		await expect(today.questionsDue).toHaveCount(0);
	});

	await test.step('Progress shows the stage, the days checked in, and every pain score', async () => {
		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Progress' })
			.click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your progress');
		await expect(page.getByRole('main')).toContainText('You have checked in on 14 of 15 days.');
		await expect(page.getByRole('main')).toContainText('Stage: Building up');

		// The chart says in words what it draws, in the same day numbers as Today.
		const chart = page.getByRole('img', { name: /^Pain and daily activities by day\./ });
		await expect(chart).toHaveAccessibleName(/Pain: 8 on day 1, and 2 on day 14\./);
		await expect(chart).toHaveAccessibleName(/What you can do: 3 on day 1, and 6\.7 on day 15\./);
		await expect(chart.locator('circle')).toHaveCount(14);

		await page.getByText('Show as a table').click();
		const table = page.getByRole('table', { name: 'Pain and daily activities by day' });
		await expect(table).toBeVisible();
		const rows = table.getByRole('row');
		// A header row, then one row for each day with a score.
		await expect(rows).toHaveCount(1 + 15);
		const cells = (row: number) => rows.nth(row).locator('th, td');
		await expect(cells(0)).toHaveText(['Day', 'Pain', 'What you can do']);
		for (let day = 1; day <= 14; day++) {
			await expect(cells(day), `the row of Day ${day}`).toHaveText([
				String(day),
				String(painOn(day)),
				day === 1 ? '3' : 'Not recorded'
			]);
		}
		await expect(cells(15)).toHaveText(['15', 'Not recorded', '6.7']);
	});
});
