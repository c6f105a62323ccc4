import { readFileSync } from 'node:fs';

/** Returns ddb-plan's version from package.json (two levels up from this module in src/ and dist/). */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
