import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { InputError, type InputProblem } from '../../errors.js';
import { childPointer, LineIndex, SourceMap, type SourcePosition } from './source-map.js';
import type { LoadedDocument, LoadOptions } from './loaded-document.js';

/**
 * Nodes an alias may expand to in total. Aliases are expanded into plain values, so a "billion
 * laughs" document would otherwise grow exponentially; real templates stay far below this.
 */
export const MAX_ALIAS_EXPANSION = 10_000;

/** CloudFormation short-form tags and the long form each stands for. */
const CFN_TAGS: Readonly<Record<string, string>> = {
  '!Ref': 'Ref',
  '!Condition': 'Condition',
  '!Base64': 'Fn::Base64',
  '!Cidr': 'Fn::Cidr',
  '!FindInMap': 'Fn::FindInMap',
  '!GetAtt': 'Fn::GetAtt',
  '!GetAZs': 'Fn::GetAZs',
  '!ImportValue': 'Fn::ImportValue',
  '!Join': 'Fn::Join',
  '!Select': 'Fn::Select',
  '!Split': 'Fn::Split',
  '!Sub': 'Fn::Sub',
  '!Transform': 'Fn::Transform',
  '!And': 'Fn::And',
  '!Equals': 'Fn::Equals',
  '!If': 'Fn::If',
  '!Not': 'Fn::Not',
  '!Or': 'Fn::Or',
  '!ToJsonString': 'Fn::ToJsonString',
  '!Length': 'Fn::Length',
  '!ForEach': 'Fn::ForEach',
};

interface WalkState {
  readonly doc: Document;
  readonly text: string;
  readonly lines: LineIndex;
  readonly map: SourceMap;
  readonly options: LoadOptions;
  readonly problems: InputProblem[];
  aliasNodes: number;
  readonly resolving: Set<YamlNode>;
}

/**
 * Parses YAML text into a plain value and a source map, reporting every syntax error at once with
 * its line and column. Aliases are expanded within a budget; with `cloudFormationTags`, short-form
 * intrinsic functions (`!Ref X`) become their long forms (`{ Ref: X }`).
 */
export function parseYaml(text: string, file: string, options: LoadOptions = {}): LoadedDocument {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true, merge: false, version: '1.2' });
  const lines = new LineIndex(text);
  const problems: InputProblem[] = doc.errors.map((e) => {
    const p = lines.position(e.pos[0]);
    return { message: yamlMessage(e.code, e.message), location: { file, line: p.line, column: p.column } };
  });
  if (problems.length > 0) throw new InputError(problems[0]?.message ?? 'invalid YAML', problems[0]?.location ?? { file }, problems);
  const map = new SourceMap(file);
  const state: WalkState = { doc, text, lines, map, options, problems, aliasNodes: 0, resolving: new Set() };
  const root = doc.contents;
  const value = root === null ? null : walk(root as YamlNode, '', state, undefined, false);
  // A document of comments only has no root node; problems about it are at its start.
  if (root === null) map.set('', { value: lines.span(0, 0) });
  if (state.problems.length > 0) {
    const first = state.problems[0] as InputProblem;
    throw new InputError(first.message, first.location, state.problems);
  }
  return { file, format: 'yaml', text, value, sourceMap: map };
}

function yamlMessage(code: string, message: string): string {
  // yaml's messages end with " at line L, column C" and sometimes a code excerpt; keep one line.
  const first = (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?\s*$/, '');
  switch (code) {
    case 'DUPLICATE_KEY':
      return `duplicate key: ${first.replace(/^Map keys must be unique.*$/, 'map keys must be unique')}`;
    case 'TAB_AS_INDENT':
      return 'tab characters cannot indent YAML; use spaces';
    case 'MULTIPLE_DOCS':
      return 'more than one YAML document (---); give one document per file';
    default:
      return `invalid YAML: ${first.charAt(0).toLowerCase()}${first.slice(1)}`;
  }
}

function position(node: YamlNode, state: WalkState): SourcePosition {
  const [start, end] = node.range ?? [0, 0];
  return state.lines.span(start, end);
}

function walk(node: YamlNode, path: string, state: WalkState, key: SourcePosition | undefined, viaAlias: boolean): unknown {
  if (isAlias(node)) {
    const target = node.resolve(state.doc);
    if (!target) {
      problem(state, node, `unknown alias *${node.source}`);
      return null;
    }
    if (state.resolving.has(target)) {
      problem(state, node, `alias *${node.source} refers to itself`);
      return null;
    }
    state.resolving.add(target);
    // Positions inside an expanded alias point at the alias, where the reader sees it.
    const value = walk(target, path, state, key, true);
    state.resolving.delete(target);
    if (!viaAlias) state.map.set(path, { value: position(node, state), ...(key ? { key } : {}) });
    return value;
  }
  if (viaAlias && ++state.aliasNodes > MAX_ALIAS_EXPANSION) {
    if (state.aliasNodes === MAX_ALIAS_EXPANSION + 1) {
      problem(state, node, `YAML aliases expand to more than ${MAX_ALIAS_EXPANSION.toLocaleString('en-US')} nodes; refusing to expand (an alias bomb?)`);
    }
    return null;
  }
  const pos = position(node, state);
  // A short-form tag (`!If [C, a, b]`) becomes `{ 'Fn::If': [...] }`: its children live under the
  // long-form key, so `/X/Fn::If/1` locates the branch, and the node itself starts at its tag.
  const long = state.options.cloudFormationTags && node.tag !== undefined ? CFN_TAGS[node.tag] : undefined;
  const inner = long === undefined ? path : childPointer(path, long);
  const tagged = long === undefined ? pos : { ...pos, ...tagStart(node, state) };
  let numberText: string | undefined;
  let value: unknown;
  if (isMap(node)) {
    const obj: Record<string, unknown> = {};
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const k = pair.key as YamlNode | null;
      if (k !== null && !isScalar(k)) {
        problem(state, k, 'mapping keys must be plain scalars');
        continue;
      }
      const name = k === null ? '' : String(k.value);
      const keyPos = k === null ? pos : position(k, state);
      const childPath = childPointer(inner, name);
      const childValue = pair.value === null ? null : walk(pair.value as YamlNode, childPath, state, viaAlias ? undefined : keyPos, viaAlias);
      if (pair.value === null && !viaAlias) state.map.set(childPath, { value: keyPos, key: keyPos });
      // defineProperty: a key named __proto__ must stay data, not change the prototype.
      Object.defineProperty(obj, name, { value: childValue, enumerable: true, writable: true, configurable: true });
    }
    value = obj;
  } else if (isSeq(node)) {
    value = node.items.map((item, i) => (item === null ? null : walk(item as YamlNode, childPointer(inner, i), state, undefined, viaAlias)));
  } else if (isScalar(node)) {
    value = node.value;
    if (typeof value === 'number' || typeof value === 'bigint') {
      const [start, end] = node.range ?? [0, 0];
      numberText = state.text.slice(start, end).trim();
      if (typeof value === 'bigint') value = Number(value);
    }
  } else {
    value = null;
  }
  value = applyTag(node, value, state);
  if (!viaAlias) {
    state.map.set(path, { value: tagged, ...(key ? { key } : {}), ...(numberText !== undefined ? { numberText } : {}) });
    if (inner !== path) state.map.set(inner, { value: pos, ...(numberText !== undefined ? { numberText } : {}) });
  }
  return value;
}

/** Returns where a tagged node's tag starts: the node's range begins after it. */
function tagStart(node: YamlNode, state: WalkState): { line: number; column: number } {
  const start = node.range?.[0] ?? 0;
  const at = node.tag === undefined ? -1 : state.text.lastIndexOf(node.tag, start);
  return state.lines.position(at >= 0 && start - at < 200 ? at : start);
}

function applyTag(node: YamlNode, value: unknown, state: WalkState): unknown {
  const tag = node.tag;
  if (tag === undefined || !tag.startsWith('!') || tag.startsWith('!!')) return value;
  const long = CFN_TAGS[tag];
  if (state.options.cloudFormationTags && long !== undefined) {
    if (long === 'Fn::GetAtt' && typeof value === 'string') {
      const dot = value.indexOf('.');
      return { [long]: dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)] };
    }
    return { [long]: value };
  }
  problem(state, node, state.options.cloudFormationTags ? `unknown YAML tag ${tag}` : `YAML tag ${tag} is not allowed here`, tagStart(node, state));
  return value;
}

function problem(state: WalkState, node: YamlNode, message: string, at?: { line: number; column: number }): void {
  const p = at ?? state.lines.position(node.range?.[0] ?? 0);
  state.problems.push({ message, location: { file: state.map.file, line: p.line, column: p.column } });
}
