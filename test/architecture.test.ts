import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';

// ARCHITECTURE.md, Layers: data flows one way; each layer imports only from the layers above it.
const LAYERS = ['errors', 'calculators', 'model', 'lint', 'plan', 'simulate', 'cli', 'index'];

function layerOf(file: string): number {
  const rel = relative('src', file).split(/[\\/]/)[0]?.replace(/\.ts$/, '') ?? '';
  const i = LAYERS.indexOf(rel);
  if (i < 0) throw new Error(`${file} is in no known layer`);
  return i;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('architecture', () => {
  const files = sourceFiles('src');

  it('has no upward imports between layers', () => {
    const violations: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/from '(\.[^']+)'/g)) {
        const target = resolve(dirname(file), (m[1] as string).replace(/\.js$/, '.ts'));
        const rel = relative(process.cwd(), target);
        if (layerOf(rel) > layerOf(file)) violations.push(`${file} imports ${rel}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('keeps process, the file system and terminal libraries in src/cli', () => {
    const offenders = files
      .filter((f) => !f.startsWith(join('src', 'cli')))
      .filter((f) => /from '(node:)?(fs|fs\/promises|process)'|from '(chalk|cli-table3|commander)'|\bprocess\.(exit|env|stdout|stderr|argv)/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('keeps the simulator free of clocks and Math.random', () => {
    const offenders = files
      .filter((f) => f.startsWith(join('src', 'simulate')))
      .filter((f) => /Math\.random|Date\.now|new Date\(|performance\.now/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
