/**
 * A small seeded pseudo-random generator for synthetic data: sfc32 (128-bit state, passes
 * PractRand to 2^40 bytes), one independent stream per (seed, index). Each synthetic record
 * draws from its own stream, so record `i` of a seed is the same whatever the batch size or
 * the order records are made in, and a 128-bit state keeps record ids from colliding at
 * millions of records (a 32-bit generator would repeat ids after about 65,000).
 */

/** Draws from one stream. */
export interface Random {
	/** A float in [0, 1). */
	next(): number;
	/** An unsigned 32-bit integer. */
	uint32(): number;
	/** An integer from `min` to `max`, both included. */
	int(min: number, max: number): number;
	/** True with probability `p`. */
	chance(p: number): boolean;
	/** A normally distributed number (Box-Muller). */
	normal(mean: number, sd: number): number;
	/** One of `options`, chosen with the given (not necessarily normalised) weights. */
	pick<T>(options: readonly (readonly [T, number])[]): T;
	/** One element of `items`, uniformly. */
	choose<T>(items: readonly T[]): T;
}

/** The stream for `index` under `seed` (both 32-bit integers; larger values are folded). */
export function createRandom(seed: number, index: number): Random {
	// Distinct (seed, index) pairs start in distinct states, and sfc32's step is a bijection,
	// so two records never share a stream.
	let a = mix32(seed >>> 0);
	let b = index >>> 0;
	let c = (Math.floor(index / 2 ** 32) ^ 0x9e3779b9) >>> 0;
	let d = mix32(index >>> 0);
	const uint32 = (): number => {
		const t = (((a + b) | 0) + d) | 0;
		d = (d + 1) | 0;
		a = b ^ (b >>> 9);
		b = (c + (c << 3)) | 0;
		c = (c << 21) | (c >>> 11);
		c = (c + t) | 0;
		return t >>> 0;
	};
	// Warm up so neighbouring indexes (states that differ in one word) diverge completely.
	for (let i = 0; i < 15; i++) uint32();
	const next = () => uint32() / 2 ** 32;
	return {
		next,
		uint32,
		int: (min, max) => min + Math.floor(next() * (max - min + 1)),
		chance: (p) => next() < p,
		normal(mean, sd) {
			const u = 1 - next();
			return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
		},
		pick(options) {
			let total = 0;
			for (const [, weight] of options) total += weight;
			let target = next() * total;
			for (const [value, weight] of options) {
				target -= weight;
				if (target < 0) return value;
			}
			// Rounding can leave a sliver past the last weight.
			const last = options.at(-1);
			if (last === undefined) throw new Error('pick needs at least one option');
			return last[0];
		},
		choose(items) {
			const item = items[Math.floor(next() * items.length)];
			if (item === undefined) throw new Error('choose needs at least one item');
			return item;
		}
	};
}

/** A 32-bit integer finaliser (from MurmurHash3): spreads nearby seeds across the state. */
function mix32(x: number): number {
	let h = x;
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h >>> 0;
}
