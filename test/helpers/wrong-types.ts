/**
 * The problems of fixtures/specs/invalid/wrong-types.yaml as `line:column field`, in file order:
 * the lint and plan commands both report every one, each at its own value.
 */
export const WRONG_TYPES_PROBLEMS: readonly string[] = [
  '5:14 tables[0].billing',
  '6:15 tables[0].capacity',
  '7:37 tables[0].partitionKey.type',
  '8:16 tables[0].itemBytes',
  '9:13 tables[0].stream',
  '11:9 tables[0].indexes[0].partitionKey',
  '15:20 tables[0].accessPatterns[0].operation',
  '16:15 tables[0].accessPatterns[0].rate',
  '18:20 tables[0].accessPatterns[1].operation',
  '19:15 tables[0].accessPatterns[1].rate',
  '21:48 tables[0].accessPatterns[1].keys.id.distribution',
  '22:33 tables[0].accessPatterns[1].conditionalFailureRate',
];

/** Reduces error lines about wrong-types.yaml to `line:column field`; any other line stays as it is, so that it shows in a failed comparison. */
export function wrongTypesProblems(lines: readonly string[]): string[] {
  return lines.map((l) => /^ddb-plan: fixtures\/specs\/invalid\/wrong-types\.yaml:(\d+:\d+): ([^:]+): \S/.exec(l)?.slice(1).join(' ') ?? l);
}
