/**
 * What "Copy quote" and "Copy citation" put on the clipboard, as plain text and as HTML. Plain string
 * functions, so they are tested without a browser.
 */

/** Both clipboard flavours of one copy. */
export interface ClipboardText {
  plain: string;
  html: string;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A quotation in typographic double quotation marks. Double quotation marks inside it become single
 * ones, as APA 7 asks of a quotation within a quotation; blocks (paragraphs, list items) stay on lines
 * of their own.
 */
export function quoted(text: string): string {
  const inner = text
    .replace(/(^|[\s([{\u2014-])"/gu, '$1\u2018')
    .replace(/"/g, '\u2019')
    .replace(/\u201c/g, '\u2018')
    .replace(/\u201d/g, '\u2019');
  return `\u201c${inner}\u201d`;
}

/**
 * A quotation with its citation and link: “quotation” (citation). URL. A sentence's closing period
 * moves after the citation, as APA 7 places it; the link reopens the quotation.
 */
export function quotationWithSource(quotation: string, citation: string, url: string): ClipboardText {
  const text = quotation.trim();
  const period = text.endsWith('.') && !text.endsWith('..') ? '.' : '';
  const body = quoted(period ? text.slice(0, -1) : text);
  return {
    plain: `${body} ${citation}${period} ${url}`,
    html: `<p>${escapeHtml(body).replace(/\n/g, '<br>')} <a href="${escapeHtml(url)}">${escapeHtml(citation)}</a>${period}</p>`,
  };
}

/** A passage's citation with its permanent link, for "Copy citation". */
export function citationWithLink(citation: string, url: string): ClipboardText {
  return { plain: `${citation} ${url}`, html: `<a href="${escapeHtml(url)}">${escapeHtml(citation)}</a>` };
}

/** A link alone, for "Copy link". */
export function link(url: string): ClipboardText {
  return { plain: url, html: `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>` };
}

/** Percent-encodes a text directive's term: commas, hyphens and ampersands included, as the syntax needs. */
const encodeTerm = (term: string) => encodeURIComponent(term).replace(/-/g, '%2D');

/** A text fragment, as the Text Fragments syntax spells its parts. */
export interface TextFragment {
  textStart: string;
  textEnd?: string | undefined;
  prefix?: string | undefined;
  suffix?: string | undefined;
}

/** The `text=` directive for a fragment: `text=[prefix-,]start[,end][,-suffix]`. */
export function textDirective({ prefix, textStart, textEnd, suffix }: TextFragment): string {
  return `text=${prefix ? `${encodeTerm(prefix)}-,` : ''}${encodeTerm(textStart)}${textEnd ? `,${encodeTerm(textEnd)}` : ''}${suffix ? `,-${encodeTerm(suffix)}` : ''}`;
}

/** A link to a paragraph that reopens a quotation in it: `page#paragraph:~:text=…`. */
export function quotationUrl(pageUrl: string, paragraphId: string, fragment: TextFragment | undefined): string {
  return `${pageUrl}#${paragraphId}${fragment ? `:~:${textDirective(fragment)}` : ''}`;
}
