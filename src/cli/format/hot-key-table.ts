import { unitName } from '../../calculators/hot-key-risk.js';
import { fmtShare } from '../../calculators/hot-key-share.js';
import { fmt } from '../../calculators/steps.js';
import type { HotKeyFinding } from '../../plan/hot-key-findings.js';
import type { Style } from './style.js';
import { fmtPercent, fmtQuantity } from './plan-values.js';
import { renderTable } from './table.js';

/** Colours a risk word: green ok, yellow warning, red critical. */
function fmtRisk(risk: HotKeyFinding['risk'], style: Style): string {
  const c = style.color;
  return risk === 'critical' ? c.red.bold(risk) : risk === 'warning' ? c.yellow(risk) : c.green(risk);
}

/**
 * Renders hot-key findings as one table (terminal or Markdown): where, key, pattern, direction,
 * the hottest value's share, its peak units per second against the partition ceiling, the risk
 * and the shards (today → recommended); the advice of each finding that needs one follows the
 * table as a numbered note, one note for findings with the same advice.
 */
export function renderHotKeyTable(findings: readonly HotKeyFinding[], style: Style, markdown: boolean): string {
  const notes: string[] = [];
  const rows = findings.map((f) => {
    let shards = f.suffix ? `${fmt(f.shards)} (${f.suffix})` : fmt(f.shards);
    if (f.recommendedShards > f.shards) shards = `${fmt(f.shards)} → ${fmt(f.recommendedShards)} (${f.recommendedSuffix ?? f.suffix ?? ''})`;
    let mark = '';
    if (f.remedy !== 'none') {
      // Findings with the same advice (a pattern and all the patterns on its key) share one note.
      if (!notes.includes(f.advice)) notes.push(f.advice);
      mark = ` [${notes.indexOf(f.advice) + 1}]`;
    }
    const unit = unitName(f.direction);
    return [
      f.index === null ? f.table : `${f.index} (GSI)`,
      f.key,
      f.accessPattern ?? 'all patterns',
      f.direction,
      `${fmtShare(f.hottestKeyShare)}${f.shareExact ? '' : ' ≈'}`,
      `${fmtQuantity(f.unitsPerSecond.peak)} ${unit}`,
      fmtPercent(f.utilization),
      `${fmtRisk(f.risk, style)}${mark}`,
      shards,
    ];
  });
  const table = renderTable(
    {
      head: ['on', 'key', 'pattern', '', 'hottest share', 'peak on it', 'of ceiling', 'risk', 'shards'],
      rows,
      align: ['left', 'left', 'left', 'left', 'right', 'right', 'right', 'left', 'left'],
    },
    style,
    markdown,
  );
  const lines = notes.map((n, i) => `${markdown ? `${i + 1}.` : `[${i + 1}]`} ${n}`);
  return [table, ...(lines.length > 0 ? ['', ...lines] : [])].join('\n');
}
