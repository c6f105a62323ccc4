/** HTML elements that have no end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Elements whose content is raw text up to their end tag. */
const RAW_TEXT = new Set(['style', 'script']);

const ENTITY = /^&(amp|lt|gt|quot|#39|#\d+|#x[0-9a-f]+);/i;

/**
 * Checks that a document is well formed in the strict sense ddb-plan writes HTML: one doctype, then
 * elements that are all closed in order (void HTML elements excepted, SVG elements closed or
 * self-closed), attributes as name="value" with no raw `<` or `"` in values, every `&` an entity,
 * no `<` in text, unique ids, and aria-labelledby naming ids that exist. Returns the problems found
 * (none for a well-formed document), each with its character offset.
 */
export function wellFormedProblems(doc: string): string[] {
  const problems: string[] = [];
  const stack: Array<{ name: string; at: number }> = [];
  const ids = new Map<string, number>();
  const labelledBy: Array<{ ids: string[]; at: number }> = [];
  let i = 0;
  const doctype = '<!DOCTYPE html>';
  if (!doc.startsWith(doctype)) problems.push('0: the document does not start with <!DOCTYPE html>');
  else i = doctype.length;
  let roots = 0;
  while (i < doc.length) {
    const lt = doc.indexOf('<', i);
    const textEnd = lt < 0 ? doc.length : lt;
    checkText(doc.slice(i, textEnd), i, problems);
    if (lt < 0) break;
    const gt = doc.indexOf('>', lt);
    if (gt < 0) {
      problems.push(`${lt}: a tag that never ends`);
      break;
    }
    const tag = doc.slice(lt + 1, gt);
    i = gt + 1;
    if (tag.startsWith('/')) {
      const name = tag.slice(1);
      const open = stack.pop();
      if (!open || open.name !== name) problems.push(`${lt}: </${name}> closes ${open ? `<${open.name}> opened at ${open.at}` : 'nothing'}`);
      continue;
    }
    const m = /^([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z][a-zA-Z0-9:-]*="[^"<]*")*)\s*(\/?)$/.exec(tag);
    if (!m) {
      problems.push(`${lt}: malformed tag <${tag.slice(0, 60)}>`);
      continue;
    }
    const name = m[1] as string;
    if (stack.length === 0) roots += 1;
    for (const a of (m[2] ?? '').matchAll(/([a-zA-Z][a-zA-Z0-9:-]*)="([^"]*)"/g)) {
      const [, attr = '', value = ''] = a;
      checkText(value, lt, problems);
      if (attr === 'id') {
        if (ids.has(value)) problems.push(`${lt}: id "${value}" is used twice`);
        ids.set(value, lt);
      }
      if (attr === 'aria-labelledby') labelledBy.push({ ids: value.split(/\s+/), at: lt });
    }
    const selfClosed = m[3] === '/';
    if (VOID.has(name) || selfClosed) continue;
    if (RAW_TEXT.has(name)) {
      const end = doc.indexOf(`</${name}>`, i);
      if (end < 0) problems.push(`${lt}: <${name}> never ends`);
      i = end < 0 ? doc.length : end + name.length + 3;
      continue;
    }
    stack.push({ name, at: lt });
  }
  for (const open of stack) problems.push(`${open.at}: <${open.name}> is never closed`);
  if (roots !== 1) problems.push(`the document has ${roots} root elements`);
  for (const l of labelledBy) for (const id of l.ids) if (!ids.has(id)) problems.push(`${l.at}: aria-labelledby names "${id}", which no element has`);
  return problems;
}

function checkText(text: string, at: number, problems: string[]): void {
  for (let j = text.indexOf('&'); j >= 0; j = text.indexOf('&', j + 1)) {
    if (!ENTITY.test(text.slice(j))) problems.push(`${at + j}: a bare & (not an entity)`);
  }
  if (text.includes('<')) problems.push(`${at}: a bare < in text`);
}
