// See https://svelte.dev/docs/kit/types#app.d.ts for what each interface is for.
import type { Principal } from '$lib/server/auth/principal';

declare global {
	namespace App {
		interface Locals {
			/** The signed-in commissioner/admin or API token, set by the auth handle. */
			principal?: Principal;
		}
	}
}

export {};
