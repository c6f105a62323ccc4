/**
 * A remark an importer makes about a value it could not take literally: a parameter default it
 * used, an intrinsic function it could not resolve and the fallback it chose, a setting the spec
 * format holds only once. `ddb-plan import` prints the notes in the header of the spec it writes.
 */
export interface ImportNote {
  /** JSON pointer of the value in the imported document (located through its source map). */
  readonly pointer: string;
  readonly message: string;
}
