import type { ExampleResult } from '../examples/run-example.js';
import type { WorkedExample } from '../examples/worked-example.js';
import { plural } from './plural.js';
import type { Style } from './style.js';

/** Lists examples under their topics, one a line: the ID and the first line of the question, uncut. */
export function renderExampleList(examples: readonly WorkedExample[], style: Style): string {
  const idWidth = Math.max(...examples.map((e) => e.id.length));
  const lines: string[] = [];
  let topic: string | undefined;
  for (const e of examples) {
    if (e.topic !== topic) {
      if (topic !== undefined) lines.push('');
      topic = e.topic;
      lines.push(style.color.bold(topic));
    }
    lines.push(`  ${e.id.padEnd(idWidth)}  ${e.question.split('\n')[0] ?? ''}`);
  }
  lines.push('', style.color.dim(`${plural(examples.length, 'example')}. Print one with: ddb-plan examples ID (or its number); check them all with: ddb-plan examples`));
  return `${lines.join('\n')}\n`;
}

/** Renders one example as a learner reads it: the question, the command, the worked answer computed now, and whether it matches the expected answer. */
export function renderExampleResult(r: ExampleResult, style: Style): string {
  const c = style.color;
  const e = r.example;
  const indent = (text: string): string => text.split('\n').map((l) => `  ${l}`).join('\n');
  const out = [
    `${c.bold(`Example ${e.id}`)} ${c.dim(`(${e.topic})`)}`,
    '',
    c.bold('Question'),
    indent(e.question),
    '',
    c.bold('Command'),
    `  $ ${e.command}`,
    '',
    c.bold('Worked answer (computed now)'),
    r.output.stdout.trimEnd(),
    ...(r.output.stderr ? [c.red(r.output.stderr.trimEnd())] : []),
    '',
    `${c.bold('Expected answer:')} ${e.answer}`,
    ...checkLines(r, style),
    ...(e.takeaway ? ['', `${c.bold('Takeaway:')} ${e.takeaway}`] : []),
    '',
    r.passed ? c.green('Passed: the answer computed now matches the expected answer.') : c.red('Failed: the answer computed now differs from the expected answer.'),
  ];
  return `${out.join('\n')}\n`;
}

/** Renders the outcome of every example, one a line, failures with their reasons, and a summary. */
export function renderExampleSummary(results: readonly ExampleResult[], style: Style): string {
  const c = style.color;
  const idWidth = Math.max(...results.map((r) => r.example.id.length));
  const lines: string[] = [];
  for (const r of results) {
    lines.push(`${r.passed ? c.green('✓') : c.red('✗')} ${r.example.id.padEnd(idWidth)}  ${r.example.answer}`);
    if (!r.passed) lines.push(...checkLines(r, style).filter((l) => !l.includes('✓')).map((l) => `  ${l}`));
  }
  const failed = results.filter((r) => !r.passed).length;
  lines.push('', `${plural(results.length, 'example')}: ${c.green(`${results.length - failed} passed`)}, ${failed > 0 ? c.red(`${failed} failed`) : '0 failed'}.`);
  return `${lines.join('\n')}\n`;
}

/** Returns the JSON of one example as `--list --json` gives it: ID, topic, question, command and answer. */
export function exampleJson(e: WorkedExample): Record<string, unknown> {
  return { id: e.id, topic: e.topic, question: e.question, command: e.command, answer: e.answer };
}

/** Returns the JSON of one example's outcome: the example, whether it passed and why; the worked answer's text only when `withOutput`. */
export function exampleResultJson(r: ExampleResult, withOutput: boolean): Record<string, unknown> {
  return {
    ...exampleJson(r.example),
    passed: r.passed,
    exitCode: r.output.code,
    checks: r.checks.map((x) => ({ path: x.path, expected: x.expected, actual: x.actual ?? null, passed: x.passed })),
    problems: r.problems,
    ...(withOutput ? { output: r.output.stdout } : {}),
  };
}

function checkLines(r: ExampleResult, style: Style): string[] {
  const c = style.color;
  return [
    ...r.checks.map((x) =>
      x.passed ? `  ${c.green('✓')} ${x.path} = ${JSON.stringify(x.expected)}` : `  ${c.red('✗')} ${x.path} is ${x.actual === undefined ? 'missing' : JSON.stringify(x.actual)}, expected ${JSON.stringify(x.expected)}`,
    ),
    ...r.problems.map((p) => `  ${c.red('✗')} ${p}`),
  ];
}
