import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { InputError, UsageError } from '../../errors.js';
import { loadDocument } from '../../model/source/load-document.js';
import { validateDocument } from '../../model/source/validate-document.js';
import type { Io } from '../io.js';
import { readTextInput } from '../read-input.js';
import { splitCommandLine } from './command-line.js';

/** The worked examples shipped with ddb-plan: fixtures/examples/, relative to this module in both src/ and dist/. */
export const BUNDLED_EXAMPLES_DIR = fileURLToPath(new URL('../../../fixtures/examples/', import.meta.url));

/** The file in each example folder that holds the question, the command and the expected answer. */
export const EXAMPLE_FILE = 'example.yaml';
/** The file in each example folder that holds the command's full output, compared by the test suite. */
export const GOLDEN_FILE = 'expected-output.txt';

/** Topics the examples are grouped by, in the order `--list` shows them. */
const EXAMPLE_TOPICS = ['writes', 'reads', 'transactions', 'batch-and-query', 'conditional-writes', 'indexes', 'item-size', 'partitions', 'cost'] as const;

/** A value an answer check expects at a JSON path of the command's `--json` output. */
export type CheckValue = number | string | boolean | null;

const exampleSchema = z.strictObject({
  topic: z.enum(EXAMPLE_TOPICS),
  question: z.string().trim().min(1, 'the question is empty'),
  command: z.string().regex(/^ddb-plan\s+\S/, 'the command must start with "ddb-plan " and name a command'),
  answer: z.string().trim().min(1, 'the answer is empty'),
  checks: z
    .record(z.string().regex(/^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$/, 'a check is a dotted JSON path such as reads.unitsPerCall or items.0.bytes'), z.union([z.number(), z.string(), z.boolean(), z.null()]))
    .refine((c) => Object.keys(c).length > 0, 'give at least one check of the --json output'),
  exitCode: z.union([z.literal(0), z.literal(1)]).optional(),
  takeaway: z.string().trim().min(1).optional(),
});

/** One exam-style question with the ddb-plan command that answers it and the expected answer. */
export interface WorkedExample {
  /** The folder name, e.g. `02-writes-4-5kb`. */
  readonly id: string;
  /** The example's folder, where its command runs (for input files) and its golden output lives. */
  readonly dir: string;
  readonly topic: (typeof EXAMPLE_TOPICS)[number];
  /** The question as an exam asks it; its first line stands alone in `--list`. */
  readonly question: string;
  /** The command line, starting with `ddb-plan`. */
  readonly command: string;
  /** The command's arguments, without `ddb-plan`. */
  readonly argv: readonly string[];
  /** The answer in words, e.g. "30 WCU". */
  readonly answer: string;
  /** JSON paths of the command's `--json` output and the values they must hold. */
  readonly checks: Readonly<Record<string, CheckValue>>;
  /** Exit code the command must end with: 0, or 1 for a command that reports a failing finding. */
  readonly exitCode: 0 | 1;
  /** The point of the question in one or two sentences, printed after the answer. */
  readonly takeaway?: string;
}

/**
 * Loads every example folder of `dir` (each holds example.yaml), sorted by ID. Throws one
 * InputError with every problem located at its file, line and column.
 */
export async function loadExamples(dir: string, io: Io): Promise<WorkedExample[]> {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => statSync(join(dir, n)).isDirectory()).sort();
  } catch {
    throw new InputError('no such folder of examples', { file: dir });
  }
  const examples: WorkedExample[] = [];
  for (const id of names) {
    const folder = join(dir, id);
    const file = join(folder, EXAMPLE_FILE);
    const input = await readTextInput(file, io, 64 * 1024);
    const value = validateDocument(exampleSchema, loadDocument(input.text, input.file));
    let argv: string[];
    try {
      argv = splitCommandLine(value.command).slice(1);
    } catch (e) {
      if (e instanceof InputError) throw e.withLocation({ file, path: '/command' });
      throw e;
    }
    if (argv[0] === 'examples') throw new InputError('an example cannot run ddb-plan examples', { file, path: '/command' });
    examples.push({
      id,
      dir: folder,
      topic: value.topic,
      question: value.question.trim(),
      command: value.command.trim(),
      argv,
      answer: value.answer.trim(),
      checks: value.checks,
      exitCode: value.exitCode ?? 0,
      ...(value.takeaway === undefined ? {} : { takeaway: value.takeaway.trim() }),
    });
  }
  if (examples.length === 0) throw new InputError(`no examples (folders with ${EXAMPLE_FILE})`, { file: dir });
  return examples;
}

/** Finds an example by its ID, or by its number (`7` or `07` for `07-…`); a UsageError names the ID when none matches. */
export function findExample(examples: readonly WorkedExample[], id: string): WorkedExample {
  const exact = examples.find((e) => e.id === id);
  if (exact) return exact;
  if (/^[0-9]+$/.test(id)) {
    const byNumber = examples.filter((e) => Number(/^([0-9]+)-/.exec(e.id)?.[1] ?? Number.NaN) === Number(id));
    if (byNumber.length === 1 && byNumber[0]) return byNumber[0];
  }
  throw new UsageError(`no example "${id}" (ddb-plan examples --list shows them all)`);
}
