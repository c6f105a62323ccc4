import { fmt } from '../../calculators/steps.js';
import { unassessedKeyMessage, unassessedKeys } from '../../plan/hot-key-findings.js';
import type { CapacityPlanResult } from '../../plan/plan.js';
import { renderHotKeyTable } from './hot-key-table.js';
import { fmtSpot, locate } from './plan-values.js';
import type { Style } from './style.js';

/**
 * Renders `ddb-plan hotkeys` for one spec (terminal or Markdown): per table, every hot-key
 * finding with its advice, then the keys that could not be assessed and where to say their
 * popularity.
 */
export function renderHotKeysReport(r: CapacityPlanResult, style: Style, markdown: boolean): string {
  const h = (level: number, text: string): string => (markdown ? `${'#'.repeat(level)} ${text}` : style.color.bold(text));
  const out: string[] = [h(2, `Hot keys: ${r.model.source.file}`), 'Peak units per second on the hottest partition-key value (one shard), against 3,000 RCU / 1,000 WCU per partition: ok up to half, warning up to the ceiling, critical above.'];
  for (const t of r.tables) {
    out.push('', h(3, t.table.name));
    if (t.hotKeys.length === 0) out.push('No access pattern names a key whose popularity is known.');
    else out.push(renderHotKeyTable(t.hotKeys, style, markdown));
    const unknown = unassessedKeys(t.load);
    if (unknown.length > 0) {
      out.push('', `Not assessed (${fmt(unknown.length)}):`);
      for (const k of unknown) out.push(`${markdown ? '- ' : '  '}${fmtSpot(locate(r.model, k.problem.path))}: ${unassessedKeyMessage(t.load, k)}`);
    }
  }
  return out.join('\n');
}
