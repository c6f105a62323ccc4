/** Runs `f` and returns what it throws; fails the test when it returns normally. */
export function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected an exception, but the call returned');
}
