// Runs every benchmark in bench/*.bench.js (or those whose name contains the first argument) and
// prints their figures as Markdown rows with the machine they ran on, ready for BENCHMARKS.md.
// Run it with `npm run bench` (which builds first): benchmarks measure the built code in dist/.
// A benchmark file exports `name` and `run()`, which returns rows { case, figures: { label: text } }.
import { readdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

const filter = process.argv[2] ?? '';
const dir = new URL('.', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.bench.js')).sort();
const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
console.log(`Machine: ${cpus().length} cores (${cpu}), ${(totalmem() / 1024 ** 3).toFixed(0)} GB, Node ${process.version}, ${process.platform}`);
for (const file of files) {
  const bench = await import(new URL(file, dir).href);
  if (filter && !bench.name.includes(filter) && !file.includes(filter)) continue;
  console.log(`\n## ${bench.name}\n`);
  const rows = await bench.run();
  const labels = Object.keys(rows[0]?.figures ?? {});
  console.log(`| case | ${labels.join(' | ')} |`);
  console.log(`| --- | ${labels.map(() => '---:').join(' | ')} |`);
  for (const row of rows) console.log(`| ${row.case} | ${labels.map((l) => row.figures[l]).join(' | ')} |`);
}
