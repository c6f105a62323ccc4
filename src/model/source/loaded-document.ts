import type { SourceMap } from './source-map.js';

/** A parsed input document: its plain value, where every node came from, and its text (for excerpts). */
export interface LoadedDocument {
  readonly file: string;
  readonly format: 'yaml' | 'json';
  readonly text: string;
  readonly value: unknown;
  readonly sourceMap: SourceMap;
}

/** How to parse. */
export interface LoadOptions {
  /** Turn CloudFormation short-form tags (`!Ref`, `!Sub`, `!GetAtt`, …) into their long forms instead of rejecting them. */
  readonly cloudFormationTags?: boolean;
}
