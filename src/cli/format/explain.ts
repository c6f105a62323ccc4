import type { Explanation } from '../../calculators/steps.js';
import type { Style } from './style.js';

/**
 * Renders worked arithmetic the way an exam answer shows it: numbered steps, the rule each one
 * applies, the assumptions, and the answer.
 */
export function renderExplanations(explanations: readonly Explanation[], style: Style): string {
  const c = style.color;
  const out: string[] = [];
  for (const e of explanations) {
    out.push(c.bold(e.title));
    let n = 0;
    const assumptions: string[] = [];
    for (const s of e.steps) {
      if (s.assumption) {
        assumptions.push(s.result);
        continue;
      }
      n += 1;
      const lhs = `${String(n).padStart(3)}. ${s.what}`;
      const rhs = s.how === undefined ? s.result : `${s.how} = ${s.result}`;
      out.push(`${lhs}: ${rhs}`);
      if (s.rule !== undefined) out.push(c.dim(`       rule: ${s.rule}`));
    }
    for (const a of assumptions) out.push(c.yellow(`     assumption: ${a}`));
    if (e.answer !== undefined) out.push(`     ${c.bold('Answer:')} ${c.green(e.answer)}`);
    out.push('');
  }
  return out.join('\n');
}

/**
 * Returns a terminal report preceded by its worked arithmetic, with a blank line between the last
 * answer and the report, as between two explanations.
 */
export function explainedReport(explanations: readonly Explanation[], report: string, style: Style): string {
  return `${renderExplanations(explanations, style)}\n${report}`;
}
