import { InputError } from '../errors.js';
import { Fraction } from './fraction.js';
import { calc, fmt, type Calculation } from './steps.js';

/** Parses a share of requests such as `0.2` or `20%` into an exact fraction from 0 to 1. */
export function parseShare(text: string): Calculation<Fraction> {
  const m = /^\s*([0-9.]+(?:[eE][+-]?[0-9]+)?)\s*(%?)\s*$/.exec(text);
  const amount = m ? Fraction.parseDecimal(m[1] ?? '') : undefined;
  if (!m || amount === undefined) throw new InputError(`invalid share "${text}": expected a fraction from 0 to 1 such as 0.2, or a percentage such as 20%`);
  const share = m[2] === '%' ? amount.div(100) : amount;
  if (share.compare(1) > 0) throw new InputError(`invalid share "${text}": more than 100 %`);
  return calc(share, [{ what: 'Share', result: `${fmt(share.mul(100))} %` }]);
}
