import type { Step } from '../../calculators/steps.js';

/** Returns the steps with each assumption kept once (its first time): several parts of one explanation often rest on the same one. */
export function distinctSteps(steps: readonly Step[]): Step[] {
  const seen = new Set<string>();
  return steps.filter((s) => {
    if (!s.assumption) return true;
    if (seen.has(s.result)) return false;
    seen.add(s.result);
    return true;
  });
}
