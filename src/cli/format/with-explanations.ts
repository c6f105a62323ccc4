import type { Explanation } from '../../calculators/steps.js';
import { renderExplanations } from './explain.js';
import type { Style } from './style.js';

/**
 * Returns a report with its worked arithmetic: before it in the terminal, after it in Markdown,
 * folded into a `<details>` block so that a pull request comment stays readable.
 */
export function withExplanations(report: string, explanations: readonly Explanation[], style: Style, markdown: boolean): string {
  const worked = renderExplanations(explanations, style);
  return markdown ? `${report}\n\n<details><summary>Worked arithmetic</summary>\n\n\`\`\`text\n${worked}\`\`\`\n\n</details>` : `${worked}${report}`;
}
