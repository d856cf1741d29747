/**
 * Expected failures at the HTTP edge are values (`Problem`); this file is the ONE place that
 * maps them to a status code and a response body, in the style of RFC 9457 "problem details"
 * (`application/problem+json`: `{ status, title, detail?, issues? }`).
 *
 * A `throw` in an endpoint is a bug and becomes SvelteKit's 500; a client's mistake, a refusal
 * or a limit is one of these.
 */
import type { z } from 'zod';

/** One validation failure, as Zod reports it (path into the body, code, message). */
export interface ProblemIssue {
	readonly path: readonly (string | number)[];
	readonly code: string;
	readonly message: string;
}

export type Problem =
	| { readonly kind: 'malformed-json' }
	| {
			readonly kind: 'invalid-body';
			readonly issues: readonly ProblemIssue[];
			/** How many issues there were in all (only the first `MAX_ISSUES` are listed). */
			readonly issueCount: number;
	  }
	| { readonly kind: 'invalid-parameter'; readonly detail: string }
	| { readonly kind: 'unsupported-media-type'; readonly expected: string }
	| { readonly kind: 'payload-too-large'; readonly limitBytes: number }
	| { readonly kind: 'rate-limited'; readonly retryAfterSeconds: number }
	| { readonly kind: 'unauthorized'; readonly detail?: string }
	| { readonly kind: 'forbidden'; readonly detail: string }
	| { readonly kind: 'not-found' }
	| { readonly kind: 'not-acceptable'; readonly available: readonly string[] };

/** The body of a problem response. */
export interface ProblemBody {
	readonly status: number;
	readonly title: string;
	readonly detail?: string;
	readonly issues?: readonly ProblemIssue[];
}

/** The status, body and extra headers for a problem. */
export function describeProblem(problem: Problem): {
	body: ProblemBody;
	headers: Record<string, string>;
} {
	switch (problem.kind) {
		case 'malformed-json':
			return plain(400, 'Malformed JSON', 'The request body is not valid JSON.');
		case 'invalid-body':
			return {
				body: {
					status: 400,
					title: 'Invalid request body',
					detail:
						'Nothing was stored: fix every issue and send the whole batch again.' +
						(problem.issueCount > problem.issues.length
							? ` The first ${problem.issues.length} of ${problem.issueCount} issues are listed.`
							: ''),
					issues: problem.issues
				},
				headers: {}
			};
		case 'invalid-parameter':
			return plain(400, 'Invalid parameter', problem.detail);
		case 'unauthorized':
			return {
				...plain(
					401,
					'Unauthorized',
					problem.detail ?? 'Sign in, or send an API token as a bearer token.'
				),
				headers: { 'www-authenticate': 'Bearer' }
			};
		case 'forbidden':
			return plain(403, 'Forbidden', problem.detail);
		case 'not-found':
			return plain(404, 'Not found');
		case 'not-acceptable':
			return plain(406, 'Not acceptable', `Available types: ${problem.available.join(', ')}.`);
		case 'payload-too-large':
			return plain(413, 'Payload too large', `The limit is ${problem.limitBytes} bytes.`);
		case 'unsupported-media-type':
			return plain(415, 'Unsupported media type', `Send ${problem.expected}.`);
		case 'rate-limited':
			return {
				...plain(
					429,
					'Too many requests',
					`Try again in ${problem.retryAfterSeconds} second${problem.retryAfterSeconds === 1 ? '' : 's'}.`
				),
				headers: { 'retry-after': String(problem.retryAfterSeconds) }
			};
	}
}

/** The response for a problem. */
export function problemResponse(problem: Problem): Response {
	const { body, headers } = describeProblem(problem);
	return new Response(JSON.stringify(body), {
		status: body.status,
		headers: { 'content-type': 'application/problem+json', ...headers }
	});
}

/** The most issues a response lists (a 500-record batch can have thousands). */
export const MAX_ISSUES = 100;

/** An invalid body's problem: Zod's path, code and message per issue, never the input. */
export function invalidBody(issues: readonly z.core.$ZodIssue[]): Problem {
	return {
		kind: 'invalid-body',
		issues: issues.slice(0, MAX_ISSUES).map((issue) => ({
			path: issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)),
			code: issue.code,
			message: issue.message
		})),
		issueCount: issues.length
	};
}

function plain(
	status: number,
	title: string,
	detail?: string
): { body: ProblemBody; headers: Record<string, string> } {
	return {
		body: detail === undefined ? { status, title } : { status, title, detail },
		headers: {}
	};
}
