import type { SchemaEntry } from './schemas.js';

/** Returns the text of a committed schema file, as `npm run schema` writes it and `ddb-plan schema` prints it. */
export function renderSchemaFile(entry: SchemaEntry): string {
  return `${JSON.stringify(entry.build(), null, 2)}\n`;
}
