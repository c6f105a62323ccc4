import type { ItemSizeReport, MeasuredItem } from '../../model/items/measure-items.js';

/** Returns the JSON of one measured item (ARCHITECTURE.md, `item-size`: bytes, wcu, rcu, attributes; the rest are additions). */
function itemJson(m: MeasuredItem): Record<string, unknown> {
  const u = m.units;
  return {
    index: m.index,
    line: m.line,
    column: m.column,
    path: m.path,
    bytes: m.size.bytes,
    overLimit: m.overLimit,
    wcu: u.wcu,
    wcuTransactional: u.wcuTransactional,
    rcu: { strong: u.rcu.strong, eventual: u.rcu.eventual, transactional: u.rcu.transactional },
    trimToSave: { wcu: u.trimToSaveWcu, rcu: u.trimToSaveRcu },
    nameBytes: m.size.nameBytes,
    attributes: m.size.attributes.map((a) => ({ name: a.name, type: a.type, bytes: a.bytes, nameBytes: a.nameBytes, valueBytes: a.valueBytes })),
    ...(m.explanation ? { explanation: m.explanation } : {}),
  };
}

/**
 * Returns the `--json` document of `item-size` in pieces to write one after another: the same text
 * `renderJson` would give (`schemaVersion: 1` first, two-space indent), while the items stream by
 * from a second pass over the input, so no string or object as large as the output is ever held.
 */
export function* renderItemSizeJson(report: ItemSizeReport, items: Iterable<MeasuredItem>): Generator<string> {
  const head = JSON.stringify(
    {
      schemaVersion: 1,
      file: report.file,
      encoding: report.encoding,
      encodingDetected: report.encodingDetected,
      shape: report.shape,
      limitBytes: report.limitBytes,
      count: report.count,
      overLimitCount: report.overLimitCount,
      summary: report.summary,
    },
    null,
    2,
  );
  yield `${head.slice(0, -2)},\n  "items": [\n`;
  let batch: Record<string, unknown>[] = [];
  let written = 0;
  const flush = function* (): Generator<string> {
    if (batch.length === 0) return;
    // One native stringify per batch, wrapped so the items come out at their depth in the document.
    const text = JSON.stringify({ items: batch }, null, 2);
    yield `${written > 0 ? ',\n' : ''}${text.slice(text.indexOf('[') + 2, text.length - '\n  ]\n}'.length)}`;
    written += batch.length;
    batch = [];
  };
  for (const m of items) {
    batch.push(itemJson(m));
    if (batch.length === 1000) yield* flush();
  }
  yield* flush();
  yield '\n  ]\n}\n';
}
