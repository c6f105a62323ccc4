// Regenerates the committed JSON Schemas in schema/ from the built zod schemas (run `npm run schema`).
import { writeFileSync } from 'node:fs';
import { SCHEMAS } from '../dist/cli/schemas.js';
import { renderSchemaFile } from '../dist/cli/schema-file.js';

for (const entry of Object.values(SCHEMAS)) {
  writeFileSync(new URL(`../schema/${entry.file}`, import.meta.url), renderSchemaFile(entry));
  console.log(`schema/${entry.file}`);
}
