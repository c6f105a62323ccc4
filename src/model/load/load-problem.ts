/**
 * Something the load model could not price, or priced differently from what the spec says, at
 * the JSON pointer of the field concerned (locate it with `model.source.sourceMap.locate`). Plan
 * warnings, not input errors: the spec is valid, and lint reports the design problem with a rule ID.
 */
export interface LoadProblem {
  readonly path: string;
  readonly message: string;
}
