/**
 * Something a plan reader must know: a pattern that could not be priced, capacity below the
 * demand, a quota exceeded, a key whose popularity is unknown. Findings are data (STYLE.md 8): the
 * plan returns them with the JSON pointer of the field concerned, and the CLI locates the pointer.
 */
export interface PlanWarning {
  /** JSON pointer into the spec (or the template it was imported from). */
  readonly path: string;
  readonly message: string;
  /** The table the warning is about. */
  readonly table: string;
}
