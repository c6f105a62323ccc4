/**
 * The built-ins the simulator's hot paths use, bound once. Inside a vm context — which is how Jest
 * runs the tests — every read of a global such as `Math` or `Infinity` goes through the context's
 * interceptor and costs about a hundred times more, while a module binding costs nothing; outside
 * one (the command line) it makes no difference.
 */
export const { abs, ceil, exp, expm1, floor, imul, log, log1p, log2, max, min, round, sqrt } = Math;

/** Positive infinity: "never" for event times. */
export const INFINITY = Number.POSITIVE_INFINITY;
