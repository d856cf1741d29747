/** Summary statistics for benchmark samples (milliseconds, two decimals). */

export interface Summary {
	readonly samples: number;
	readonly median: number;
	readonly p95: number;
	readonly max: number;
}

/** The nearest-rank percentile `p` (0-1) of the samples. */
export function percentile(samples: readonly number[], p: number): number {
	const sorted = [...samples].sort((a, b) => a - b);
	if (sorted.length === 0) return Number.NaN;
	return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)] ?? Number.NaN;
}

export function summarize(samples: readonly number[]): Summary {
	return {
		samples: samples.length,
		median: round(percentile(samples, 0.5)),
		p95: round(percentile(samples, 0.95)),
		max: round(Math.max(...samples))
	};
}

export function round(n: number): number {
	return Math.round(n * 100) / 100;
}
