/**
 * The part of autocannon 9's programmatic API the server benchmark uses (the package ships no
 * types). See node_modules/autocannon/README.md, "API".
 */
declare module 'autocannon' {
	namespace autocannon {
		/** The raw request autocannon is about to send; `setupRequest` may change it. */
		interface RawRequest {
			method?: string;
			path?: string;
			headers?: Record<string, string>;
			body?: string | Buffer;
		}

		interface RequestOptions {
			method?: string;
			path?: string;
			headers?: Record<string, string>;
			body?: string;
			setupRequest?: (request: RawRequest, context: Record<string, unknown>) => RawRequest;
			onResponse?: (
				status: number,
				body: string,
				context: Record<string, unknown>,
				headers: Record<string, string>
			) => void;
		}

		interface Options {
			url: string;
			connections?: number;
			duration?: number;
			timeout?: number;
			method?: string;
			headers?: Record<string, string>;
			requests?: RequestOptions[];
		}

		interface Histogram {
			readonly average: number;
			readonly mean: number;
			readonly p50: number;
			readonly p97_5: number;
			readonly p99: number;
			readonly max: number;
			readonly total: number;
		}

		interface Result {
			readonly duration: number;
			readonly errors: number;
			readonly timeouts: number;
			readonly non2xx: number;
			readonly requests: Histogram;
			readonly latency: Histogram;
			readonly statusCodeStats: Record<string, { count: number }>;
		}
	}

	function autocannon(options: autocannon.Options): Promise<autocannon.Result>;
	export default autocannon;
}
