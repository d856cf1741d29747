/**
 * `GET /api/v1/health`: 200 `{"ok": true}` once the database is open and migrated (readiness for
 * the benchmark and the end-to-end tests); 503 when it cannot be opened. Never cached.
 */
import { json } from '@sveltejs/kit';
import { serverDatabase } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => {
	try {
		await serverDatabase();
		return json({ ok: true }, { headers: { 'cache-control': 'no-store' } });
	} catch {
		// The reason (a locked folder, PostgreSQL down) is the operator's to read in the server's
		// own output, not a public endpoint's to publish.
		return json({ ok: false }, { status: 503, headers: { 'cache-control': 'no-store' } });
	}
};
