/**
 * Test accounts for the commissioner pages, and signing in as them the way a person does (email
 * and password, then the code from an authenticator app, computed here from the known secret).
 *
 * playwright.config.ts creates both accounts with `limber user add --password-stdin
 * --totp-secret ...` before the test server starts, in the run's fresh data folder.
 */
import { expect, type Page } from '@playwright/test';
import { TOTP_STEP_SECONDS, totpCodeAt } from '../../../src/lib/server/auth/totp.js';

/** An account the e2e server has. */
export interface TestAccount {
	readonly email: string;
	readonly password: string;
	/** Base32, as `--totp-secret` took it. */
	readonly totpSecret: string;
	readonly role: 'commissioner' | 'admin';
	/** Locality ids; [] for an admin who sees all. */
	readonly localities: readonly string[];
}

/** A commissioner for Leeds only. */
export const TEST_COMMISSIONER: TestAccount = {
	email: 'commissioner@example.nhs.uk',
	password: 'leeds outcomes e2e passphrase',
	totpSecret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
	role: 'commissioner',
	localities: ['example-leeds']
};

/** An admin who sees every locality. */
export const TEST_ADMIN: TestAccount = {
	email: 'admin@example.nhs.uk',
	password: 'national admin e2e passphrase',
	totpSecret: 'KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU',
	role: 'admin',
	localities: []
};

/** Every test account, as playwright.config.ts creates them. */
export const TEST_ACCOUNTS: readonly TestAccount[] = [TEST_COMMISSIONER, TEST_ADMIN];

/** The shell command that creates `account` in `$LIMBER_DATA_DIR` (no single quotes inside). */
export function userAddCommand(account: TestAccount): string {
	const localities =
		account.localities.length === 0 ? '' : ` --localities ${account.localities.join(',')}`;
	return (
		`printf '%s' '${account.password}' | node --import tsx src/cli/main.ts user add` +
		` --email ${account.email} --role ${account.role}${localities}` +
		` --password-stdin --totp-secret ${account.totpSecret} --data-dir "$LIMBER_DATA_DIR"`
	);
}

/** Fills in and sends the email and password step on the sign-in page. */
export async function enterPassword(page: Page, account: TestAccount, password = account.password) {
	await page.getByLabel('Email address').fill(account.email);
	await page.getByLabel('Password', { exact: true }).fill(password);
	await page.getByRole('button', { name: 'Continue' }).click();
}

/** Sends `code` on the code step; resolves to true when the server signed the person in. */
export async function enterCode(page: Page, code: string): Promise<boolean> {
	await page.getByLabel('Security code').fill(code);
	const [response] = await Promise.all([
		page.waitForResponse(
			(candidate) =>
				candidate.request().method() === 'POST' &&
				candidate.url().includes('/commissioner/login?/code')
		),
		page.getByRole('button', { name: 'Sign in' }).click()
	]);
	const body = (await response.json()) as { type?: string };
	return body.type === 'redirect';
}

/**
 * Signs in as `account` (the test commissioner by default) through the sign-in page and waits
 * until the browser has left it for `next`. A code is accepted once per account: when another
 * test has just used the current one, the next 30-second step's code is used (waiting for it if
 * need be), as a person would.
 */
export async function signInAsCommissioner(
	page: Page,
	options: { account?: TestAccount; next?: string } = {}
): Promise<void> {
	const account = options.account ?? TEST_COMMISSIONER;
	const next = options.next ?? '/commissioner';
	await page.goto(`/commissioner/login?next=${encodeURIComponent(next)}`);
	await enterPassword(page, account);
	await expect(
		page.getByRole('heading', { level: 1, name: 'Enter your security code' })
	).toBeVisible({ timeout: 15_000 }); // argon2 is slow on a busy machine
	if (await tryCurrentCodes(page, account, (code) => enterCode(page, code))) {
		await page.waitForURL((url) => url.pathname !== '/commissioner/login');
		return;
	}
	throw new Error(`Could not sign in as ${account.email}: every code was refused.`);
}

/**
 * Tries the account's codes until `attempt` says one signed in. The server accepts the codes of
 * the steps either side of now, each once per account, and other tests sign in as the same
 * accounts: when all three have been used, it waits for the next step's code.
 */
export async function tryCurrentCodes(
	page: Page,
	account: TestAccount,
	attempt: (code: string) => Promise<boolean>
): Promise<boolean> {
	const tried = new Set<number>();
	for (let round = 0; round < 8; round++) {
		const now = Math.floor(Date.now() / 1000 / TOTP_STEP_SECONDS);
		const step = [now - 1, now, now + 1].find((candidate) => !tried.has(candidate));
		if (step === undefined) {
			await page.waitForTimeout((now + 1) * TOTP_STEP_SECONDS * 1000 - Date.now() + 200);
			continue;
		}
		tried.add(step);
		if (await attempt(totpCodeAt(account.totpSecret, step * TOTP_STEP_SECONDS * 1000))) return true;
	}
	return false;
}
