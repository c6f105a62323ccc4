import { parseSpec } from '../model/spec/parse-spec.js';
import { specJsonSchema, type JsonSchema } from '../model/spec/spec-json-schema.js';

/** One input format whose JSON Schema `ddb-plan schema` prints. */
export interface SchemaEntry {
  /** File the schema is committed as, under schema/ (`npm run schema` writes it). */
  readonly file: string;
  /** Builds the JSON Schema. */
  readonly build: () => JsonSchema;
  /** Validates a document of the format; returns a one-line summary or throws an InputError with every problem. Without it, --check is refused. */
  readonly check?: (text: string, file: string) => string;
}

/**
 * The formats `ddb-plan schema NAME` knows, in the order help lists them. A format whose entry is
 * `undefined` is announced but not available in this version; registering it is one line here.
 */
export const SCHEMAS: Readonly<Record<'spec' | 'scenario', SchemaEntry | undefined>> = {
  spec: {
    file: 'spec-v1.schema.json',
    build: specJsonSchema,
    check: (text, file) => {
      const m = parseSpec(text, file);
      const indexes = m.tables.reduce((n, t) => n + t.indexes.length, 0);
      const patterns = m.tables.reduce((n, t) => n + t.accessPatterns.length, 0);
      return `valid spec version ${m.version}: ${count(m.tables.length, 'table', 'tables')}, ${count(indexes, 'index', 'indexes')}, ${count(patterns, 'access pattern', 'access patterns')}`;
    },
  },
  // The simulator's scenario format registers here, e.g.
  // scenario: { file: 'scenario-v1.schema.json', build: scenarioJsonSchema },
  // then `npm run schema` writes schema/scenario-v1.schema.json and test/cli/schema.test.ts keeps it fresh.
  scenario: undefined,
};

/** Names of the formats, for the command's argument. */
export const SCHEMA_NAMES = Object.keys(SCHEMAS) as ReadonlyArray<keyof typeof SCHEMAS>;

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
