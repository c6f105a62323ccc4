import { fmt } from '../../calculators/steps.js';

/** Returns a count with its noun, `1 item` or `1,200 items`; `many` gives an irregular plural such as `indexes`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${fmt(n)} ${n === 1 ? one : many}`;
}
