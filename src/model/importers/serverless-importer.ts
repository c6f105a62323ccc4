/**
 * Serverless Framework service files (`serverless.yml`, `serverless.yaml`, `serverless.json`) to
 * the spec-shaped input. The Framework adds the service's `resources` to the CloudFormation
 * template it deploys (https://www.serverless.com/framework/docs/providers/aws/guide/resources),
 * so the tables under `resources.Resources` — or under the `Resources` of each element when
 * `resources` is a list of fragments — are read by the CloudFormation importer, with the
 * Framework's variables resolved first. Every pointer is into the service file
 * (`/resources/Resources/UsersTable/Properties/KeySchema/0/AttributeName`).
 */
import { InputError } from '../../errors.js';
import type { LoadedDocument } from '../source/loaded-document.js';
import { childPointer } from '../source/source-map.js';
import { describeValue } from '../source/validate-document.js';
import { importTableResources, templateLabel, type ImportDraft } from './cloudformation-importer.js';
import { isRecord } from './is-record.js';
import { ServerlessResolver } from './serverless-resolver.js';
import { ServerlessVariables } from './serverless-variables.js';
import { SpecDraft } from './spec-draft.js';
import { pointerLabel, SourceReader, type Located } from './source-reader.js';

/** The template sections a resolver reads, as the Framework merges them from every fragment. */
const TEMPLATE_SECTIONS = ['Parameters', 'Conditions', 'Mappings'] as const;

/** Names a service pointer as a person reads it: `/resources/0/Resources/Users/Properties/KeySchema/0` → `Users.KeySchema[0]`. */
export function serverlessLabel(pointer: string): string {
  const prefix = /^\/resources(?:\/[0-9]+)?(?=\/Resources\/)/.exec(pointer)?.[0];
  return prefix === undefined ? pointerLabel(pointer) : templateLabel(pointer.slice(prefix.length));
}

/** Returns the fragments of `resources` as written (a mapping, or the mappings of a list), with their pointers. */
function writtenFragments(resources: unknown): Located[] {
  if (isRecord(resources)) return [{ value: resources, pointer: '/resources' }];
  if (!Array.isArray(resources)) return [];
  return resources.flatMap((value, i) => (isRecord(value) ? [{ value, pointer: childPointer('/resources', i) }] : []));
}

/** Merges the fragments' Parameters, Conditions and Mappings into one template for the resolver; returns it and where the conditions are written. */
function templateOf(fragments: readonly Located[]): { template: Record<string, unknown>; conditionsPointer: string } {
  const template: Record<string, Record<string, unknown>> = {};
  for (const section of TEMPLATE_SECTIONS) {
    for (const fragment of fragments) {
      const part = (fragment.value as Record<string, unknown>)[section];
      if (isRecord(part)) template[section] = { ...template[section], ...part };
    }
  }
  const withConditions = fragments.find((f) => isRecord((f.value as Record<string, unknown>).Conditions));
  return { template, conditionsPointer: childPointer(withConditions?.pointer ?? '/resources', 'Conditions') };
}

/** The file a `${file(./x.yml)}` or `${file(./x.yml):Resources}` reference names, or undefined for another value. */
function referencedFile(raw: unknown): string | undefined {
  return typeof raw === 'string' ? /^\$\{file\(([^)]*)\)[^}]*\}$/.exec(raw.trim())?.[1]?.trim() : undefined;
}

/** Reads a service file's table resources; resources in other files are noted and listed, not read. */
class ServiceResources {
  /** The `Resources` mappings found, in order. */
  readonly maps: Located[] = [];
  /** Files named by `${file(…)}` whose resources are not read. */
  readonly otherFiles: string[] = [];

  constructor(private readonly r: SourceReader) {}

  /** Reads `resources`: a fragment, or a list of fragments and `${file(…)}` references. */
  read(node: Located | undefined, raw: unknown): void {
    // `resources:` with nothing under it adds nothing.
    if (node === undefined || node.value === null) return;
    if (node.unresolved !== undefined) this.notRead(node, raw);
    else if (Array.isArray(node.value)) node.value.forEach((item, i) => this.fragment(this.r.get(node, i), item));
    else if (isRecord(node.value)) this.fragment(node, raw);
    else this.r.problem(node.pointer, `expected a mapping with Resources, or a list of them, got ${describeValue(node.value)}`);
  }

  private fragment(node: Located | undefined, raw: unknown): void {
    if (node === undefined) return;
    if (node.unresolved !== undefined) return this.notRead(node, raw);
    if (!isRecord(node.value)) return this.r.problem(node.pointer, `expected a mapping with Resources, or a \${file(…)} reference, got ${describeValue(node.value)}`);
    const resourcesRaw = node.value.Resources;
    const resources = this.r.get(node, 'Resources');
    if (resources?.unresolved !== undefined) this.notRead(resources, resourcesRaw);
    else if (resources !== undefined && this.r.mapping(resources) !== undefined) this.maps.push(resources);
  }

  /** Notes a value known only at deploy time where resources were expected: usually `${file(…)}`, which lint does not follow. */
  private notRead(node: Located, raw: unknown): void {
    const file = referencedFile(raw);
    if (file === undefined) {
      this.r.note(node.pointer, `${node.unresolved ?? 'cannot be evaluated'}; the resources it holds are not imported`);
      return;
    }
    this.otherFiles.push(file);
    this.r.note(node.pointer, `the resources in ${file} are not read (ddb-plan reads one file); lint or import ${file} on its own`);
  }
}

/**
 * Reads a Serverless Framework service. A service without DynamoDB tables is an input error, as a
 * template without them is; it names the files whose resources were not read.
 */
export function importServerless(doc: LoadedDocument): ImportDraft {
  const service = doc.value as Record<string, unknown>;
  const { template, conditionsPointer } = templateOf(writtenFragments(service.resources));
  // The resolver reports malformed intrinsic functions through the reader, with its other problems.
  const resolver = new ServerlessResolver(new ServerlessVariables(service), template, (pointer, message) => reader.problem(pointer, message), conditionsPointer);
  const reader = new SourceReader(serverlessLabel, resolver);
  const draft = new SpecDraft();
  const found = new ServiceResources(reader);
  found.read(reader.get(reader.root(service), 'resources'), service.resources);
  if (reader.problems.length > 0) return { draft, reader };
  if (importTableResources(reader, resolver, draft, found.maps) === 0) {
    const at = doc.sourceMap.locate('resources' in service ? '/resources' : '', 'key');
    const skipped = found.otherFiles.length === 0 ? '' : `; the resources in ${found.otherFiles.join(', ')} are not read: lint or import ${found.otherFiles.length === 1 ? 'that file on its own' : 'those files on their own'}`;
    throw new InputError(`no DynamoDB tables in this service: expected a resource of type AWS::DynamoDB::Table or AWS::DynamoDB::GlobalTable under resources.Resources${skipped}`, {
      file: doc.file,
      ...(at ? { line: at.line, column: at.column } : {}),
    });
  }
  return { draft, reader };
}
