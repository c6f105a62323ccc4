/**
 * Markup that is safe to put in an HTML document as is: made only by the `html` template (which
 * escapes every value it is given) or by `trustedHtml` for constant markup such as a style sheet.
 */
export class Html {
  private constructor(readonly markup: string) {}

  /** Wraps markup without escaping it; only `html` and `trustedHtml` call this. */
  static of(markup: string): Html {
    return new Html(markup);
  }

  toString(): string {
    return this.markup;
  }
}

/** What the `html` template accepts: markup, text and numbers (escaped), nothing (null, undefined, false), or lists of these. */
export type HtmlContent = Html | string | number | null | undefined | false | readonly HtmlContent[];

/** Escapes text for HTML content and for quoted attribute values: `&`, `<`, `>`, `"` and `'`. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Builds markup from a template literal, escaping every interpolated string or number (the text of
 * scenario files, design and key names included) and inserting `Html` values as they are.
 */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlContent[]): Html {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += contentMarkup(v) + (strings[i + 1] ?? '');
  });
  return Html.of(out);
}

/** Marks constant markup written in ddb-plan's own source (never user text) as safe. */
export function trustedHtml(markup: string): Html {
  return Html.of(markup);
}

function contentMarkup(v: HtmlContent): string {
  if (v === null || v === undefined || v === false) return '';
  if (v instanceof Html) return v.markup;
  if (typeof v === 'number') return escapeHtml(String(v));
  if (typeof v === 'string') return escapeHtml(v);
  return v.map(contentMarkup).join('');
}
