import type { InputProblem } from '../../errors.js';
import { childPointer, fromPointer } from '../source/source-map.js';
import { describeValue, didYouMean, type PathProblem } from '../source/validate-document.js';
import type { ImportNote } from './import-note.js';
import { isRecord } from './is-record.js';
import { describeIntrinsic, type IntrinsicResolver } from './template-intrinsics.js';

/** A value read from an imported document, with the JSON pointer it was read at. */
export interface Located {
  /** The value; undefined when it is known only at deploy time (`unresolved` says why). */
  readonly value: unknown;
  /** Where the value is written: the node itself, or the branch of an `Fn::If` that was chosen. */
  readonly pointer: string;
  /** Why the value cannot be known from the document alone (an unresolvable intrinsic function). */
  readonly unresolved?: string;
  /** The intrinsic function call the value was written as, in short form, when it was one. */
  readonly written?: string;
}

/** Returns a readable name for a JSON pointer: `/Table/KeySchema/0/KeyType` → `Table.KeySchema[0].KeyType`. */
export function pointerLabel(pointer: string): string {
  return fromPointer(pointer)
    .map((s, i) => (/^[0-9]+$/.test(s) ? `[${s}]` : `${i === 0 ? '' : '.'}${s}`))
    .join('');
}

/**
 * Reads an imported document node by node: evaluates intrinsic functions where a template has
 * them, checks types, and collects every problem (with its pointer, for one InputError listing
 * them all) and every note about values it could not take literally.
 */
export class SourceReader {
  /** Values the document cannot hold, at their pointers. */
  readonly problems: PathProblem[] = [];
  /** Problems found inside values at a line and column of their own (sample items, say). */
  readonly positioned: InputProblem[] = [];
  /** Parameter defaults used and fallbacks chosen. */
  readonly notes: ImportNote[] = [];

  /** `label` names a pointer in messages; `resolver` evaluates a template's intrinsic functions (none for plain JSON formats). */
  constructor(
    private readonly label: (pointer: string) => string = pointerLabel,
    private readonly resolver?: IntrinsicResolver,
  ) {}

  /** Returns the readable name of a pointer, as messages and notes name it. */
  labelOf(pointer: string): string {
    return this.label(pointer);
  }

  /** Returns the document root as a located value. */
  root(value: unknown): Located {
    return { value, pointer: '' };
  }

  /** Returns the child `key` of a mapping or list, its intrinsic function evaluated; undefined when absent (or `AWS::NoValue`). */
  get(parent: Located | undefined, key: string | number): Located | undefined {
    if (parent === undefined) return undefined;
    const container = parent.value;
    const raw = Array.isArray(container) && typeof key === 'number' ? container[key] : isRecord(container) && Object.hasOwn(container, key) ? container[key] : undefined;
    if (raw === undefined) return undefined;
    return this.evaluate(raw, childPointer(parent.pointer, key));
  }

  /** Evaluates a value found at `pointer`. */
  evaluate(raw: unknown, pointer: string): Located | undefined {
    if (this.resolver === undefined || !this.resolver.handles(raw)) return { value: raw, pointer };
    // Text with variables (a Serverless service's) is shown as written, without quotes, as it names a placeholder attribute.
    const written = typeof raw === 'string' ? raw : describeIntrinsic(raw);
    const e = this.resolver.evaluate(raw, pointer);
    if (e.kind === 'no-value') return undefined;
    if (e.kind === 'unresolved') return { value: undefined, pointer, unresolved: e.reason, written };
    if (e.used.length > 0) this.note(pointer, `${written} is taken as ${describeValue(e.value)}: ${e.used.join('; ')}`);
    return { value: e.value, pointer: e.pointer, written };
  }

  /** Records a problem that makes the document unusable (once, however often the value is read). */
  problem(pointer: string, message: string): void {
    if (this.once(`problem ${pointer} ${message}`)) this.problems.push({ path: pointer, message: `${this.label(pointer)}: ${message}` });
  }

  /** Records a note about a value (once, however often the value is read). */
  note(pointer: string, message: string): void {
    if (this.once(`note ${pointer} ${message}`)) this.notes.push({ pointer, message: `${this.label(pointer)}: ${message}` });
  }

  private readonly seen = new Set<string>();

  private once(key: string): boolean {
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }

  /** Notes that a value is known only at deploy time and what was done instead; returns undefined. */
  private deployTime(node: Located, fallback: string): undefined {
    this.note(node.pointer, `${node.unresolved ?? 'cannot be evaluated'}; ${fallback}`);
    return undefined;
  }

  /** Returns the child mappings or values of a list; a value that is not a list is a problem. */
  items(node: Located | undefined, fallback = 'left out'): Located[] {
    if (node === undefined) return [];
    if (node.unresolved !== undefined) return this.deployTime(node, fallback) ?? [];
    if (!Array.isArray(node.value)) {
      this.problem(node.pointer, `expected a list, got ${describeValue(node.value)}`);
      return [];
    }
    return node.value.flatMap((_, i) => this.get(node, i) ?? []);
  }

  /** Returns a mapping node, or undefined (with a problem) when the value is something else. */
  mapping(node: Located | undefined, fallback = 'left out'): Located | undefined {
    if (node === undefined) return undefined;
    if (node.unresolved !== undefined) return this.deployTime(node, fallback);
    if (!isRecord(node.value)) {
      this.problem(node.pointer, `expected a mapping, got ${describeValue(node.value)}`);
      return undefined;
    }
    return node;
  }

  /** Returns text (a number is taken as its digits). */
  text(node: Located | undefined, fallback = 'left out'): string | undefined {
    if (node === undefined) return undefined;
    if (node.unresolved !== undefined) return this.deployTime(node, fallback);
    if (typeof node.value === 'string') return node.value;
    if (typeof node.value === 'number') return String(node.value);
    this.problem(node.pointer, `expected text, got ${describeValue(node.value)}`);
    return undefined;
  }

  /** Returns a whole number from a number or numeric text (templates often quote numbers), at least `min`. */
  integer(node: Located | undefined, options: { readonly min?: number; readonly fallback?: string } = {}): number | undefined {
    if (node === undefined) return undefined;
    if (node.unresolved !== undefined) return this.deployTime(node, options.fallback ?? 'left unset');
    const v = node.value;
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*-?[0-9]+\s*$/.test(v) ? Number(v) : NaN;
    if (!Number.isSafeInteger(n)) {
      this.problem(node.pointer, `expected a whole number, got ${describeValue(v)}`);
      return undefined;
    }
    if (options.min !== undefined && n < options.min) {
      this.problem(node.pointer, `expected a whole number of at least ${options.min}, got ${n}`);
      return undefined;
    }
    return n;
  }

  /** Returns a number (integer or not) from a number or numeric text. */
  number(node: Located | undefined, fallback = 'left unset'): number | undefined {
    if (node === undefined) return undefined;
    if (node.unresolved !== undefined) return this.deployTime(node, fallback);
    const v = node.value;
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*-?[0-9]+(\.[0-9]+)?\s*$/.test(v) ? Number(v) : NaN;
    if (!Number.isFinite(n)) {
      this.problem(node.pointer, `expected a number, got ${describeValue(v)}`);
      return undefined;
    }
    return n;
  }

  /** Returns true or false, also from the text "true" or "false" (any case), as CloudFormation accepts. */
  boolean(node: Located | undefined, fallback = 'left unset'): boolean | undefined {
    if (node === undefined) return undefined;
    if (node.unresolved !== undefined) return this.deployTime(node, fallback);
    const v = node.value;
    if (typeof v === 'boolean') return v;
    if (typeof v === 'string' && /^(true|false)$/i.test(v.trim())) return v.trim().toLowerCase() === 'true';
    this.problem(node.pointer, `expected true or false, got ${describeValue(v)}`);
    return undefined;
  }

  /**
   * Returns the meaning of one of a fixed set of words (`PAY_PER_REQUEST` → `on-demand`); another
   * word is a problem naming the accepted ones, with a suggestion from `hints` (words people
   * write for an accepted one, `String` for `S`) or the closest spelling.
   */
  choice<T>(node: Located | undefined, choices: Readonly<Record<string, T>>, fallback = 'left unset', hints: Readonly<Record<string, string>> = {}): T | undefined {
    const word = this.text(node, fallback);
    if (word === undefined || node === undefined) return undefined;
    if (Object.hasOwn(choices, word)) return choices[word];
    const known = Object.keys(choices);
    const hint = Object.entries(hints).find(([k]) => k.toLowerCase() === word.toLowerCase())?.[1];
    this.problem(
      node.pointer,
      `expected ${known.map((k) => JSON.stringify(k)).join(', ').replace(/, ([^,]*)$/, ' or $1')}; got ${describeValue(word)}${hint === undefined ? didYouMean(word, known) : ` (did you mean "${hint}"?)`}`,
    );
    return undefined;
  }
}

