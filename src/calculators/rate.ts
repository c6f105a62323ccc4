import { InputError } from '../errors.js';
import { Fraction } from './fraction.js';
import { calc, fmt, type Calculation } from './steps.js';

const PERIOD_SECONDS: Readonly<Record<string, number>> = {
  s: 1,
  sec: 1,
  second: 1,
  seconds: 1,
  min: 60,
  minute: 60,
  minutes: 60,
  h: 3600,
  hr: 3600,
  hour: 3600,
  hours: 3600,
  d: 86_400,
  day: 86_400,
  days: 86_400,
};

/** Rates above this are refused: no table serves a billion requests per second. */
export const MAX_RATE_PER_SECOND = 1_000_000_000;

/**
 * Parses a rate such as `10`, `10/s`, `120/min`, `3600/h` or `2.5/s` into an exact number per
 * second (120/min = 2/s). A bare number means per second.
 */
export function parseRate(text: string): Calculation<Fraction> {
  const trimmed = text.trim();
  const m = /^([^/\s]+)\s*(?:\/\s*([A-Za-z]+))?$/.exec(trimmed);
  const amountText = m?.[1]?.replace(/[_,]/g, '') ?? '';
  const amount = m ? Fraction.parseDecimal(amountText) : undefined;
  if (!m || amount === undefined) {
    throw new InputError(`invalid rate "${text}": expected a number per second such as 10, 10/s, 120/min or 3600/h`);
  }
  if (amount.compare(0) < 0) throw new InputError(`invalid rate "${text}": a rate cannot be negative`);
  const periodText = m[2];
  const period = periodText === undefined ? 1 : PERIOD_SECONDS[periodText.toLowerCase()];
  if (period === undefined) {
    throw new InputError(`invalid rate "${text}": unknown period "/${periodText}" (use /s, /min, /h or /day)`);
  }
  const perSecond = amount.div(period);
  if (perSecond.compare(MAX_RATE_PER_SECOND) > 0) {
    throw new InputError(`invalid rate "${text}": above ${fmt(MAX_RATE_PER_SECOND)} per second`);
  }
  if (period === 1) return calc(perSecond, [{ what: 'Rate', result: `${fmt(perSecond)}/s` }]);
  return calc(perSecond, [
    {
      what: `Rate ${fmt(amount)}/${periodText}`,
      how: `${fmt(amount)} ÷ ${fmt(period)} s`,
      result: `${fmt(perSecond)}/s${perSecond.isExactDecimal() ? '' : ` (exactly ${perSecond.toString()})`}`,
    },
  ]);
}
