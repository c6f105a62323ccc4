import { loadDocument } from '../model/source/load-document.js';
import { validateDocument } from '../model/source/validate-document.js';
import { parseSpec } from '../model/spec/parse-spec.js';
import { plural } from './format/plural.js';
import { scenarioJsonSchema, scenarioSchema } from '../simulate/scenario-schema.js';
import { specJsonSchema, type JsonSchema } from '../model/spec/spec-json-schema.js';

/** One input format whose JSON Schema `ddb-plan schema` prints. */
export interface SchemaEntry {
  /** File the schema is committed as, under schema/ (`npm run schema` writes it). */
  readonly file: string;
  /** Builds the JSON Schema. */
  readonly build: () => JsonSchema;
  /** Validates a document of the format; returns a one-line summary or throws an InputError with every problem. */
  readonly check: (text: string, file: string) => string;
}

/** The formats `ddb-plan schema NAME` knows, in the order help lists them. */
export const SCHEMAS: Readonly<Record<'spec' | 'scenario', SchemaEntry>> = {
  spec: {
    file: 'spec-v1.schema.json',
    build: specJsonSchema,
    check: (text, file) => {
      const m = parseSpec(text, file);
      const indexes = m.tables.reduce((n, t) => n + t.indexes.length, 0);
      const patterns = m.tables.reduce((n, t) => n + t.accessPatterns.length, 0);
      return `valid spec version ${m.version}: ${plural(m.tables.length, 'table')}, ${plural(indexes, 'index', 'indexes')}, ${plural(patterns, 'access pattern')}`;
    },
  },
  scenario: {
    file: 'scenario-v1.schema.json',
    build: scenarioJsonSchema,
    check: (text, file) => {
      // Shape only: files a scenario refers to (spec, trace) are checked when it runs.
      const s = validateDocument(scenarioSchema, loadDocument(text, file));
      const designs = s.designs?.length ?? 1;
      return `valid scenario version 1: ${plural(s.workload.length, 'workload entry', 'workload entries')}, ${plural(designs, 'design')}`;
    },
  },
};

/** Names of the formats, for the command's argument. */
export const SCHEMA_NAMES = Object.keys(SCHEMAS) as ReadonlyArray<keyof typeof SCHEMAS>;
