import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';

/** A run of text on a page: its string and baseline position. */
export interface TextRun {
  text: string;
  x: number;
  y: number;
}

/** A link in the PDF: the text it covers, and where it goes (a page and a height on it) or its URL. */
export interface PdfLink {
  page: number;
  text: string;
  target?: { page: number; top: number };
  url?: string;
}

export interface Bookmark {
  title: string;
  target?: { page: number; top: number };
  children: Bookmark[];
}

export async function openPdf(file: string): Promise<PDFDocumentProxy> {
  return getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0, disableFontFace: true, useSystemFonts: false }).promise;
}

/**
 * The text runs of a page that belong to the document's content: running heads, page numbers and
 * paragraph numbers are tagged as artifacts, and left out here as a screen reader leaves them out.
 */
export async function contentRuns(doc: PDFDocumentProxy, pageNumber: number): Promise<TextRun[]> {
  const page = await doc.getPage(pageNumber);
  const content = await page.getTextContent({ includeMarkedContent: true });
  const runs: TextRun[] = [];
  let artifactDepth = 0;
  const open: boolean[] = [];
  for (const item of content.items) {
    if ('type' in item) {
      if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') {
        // pdf.js gives marked content its tag (Artifact, Span…), though its types leave `tag` out.
        const artifact = (item as { tag?: string }).tag === 'Artifact';
        open.push(artifact);
        if (artifact) artifactDepth += 1;
      } else if (item.type === 'endMarkedContent' && open.pop()) {
        artifactDepth -= 1;
      }
      continue;
    }
    if (artifactDepth === 0 && item.str) runs.push({ text: item.str, x: item.transform[4] ?? 0, y: item.transform[5] ?? 0 });
  }
  return runs;
}

/** The document's content text, page after page, runs joined by spaces. */
export async function contentText(doc: PDFDocumentProxy): Promise<string> {
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) pages.push((await contentRuns(doc, n)).map((run) => run.text).join(' '));
  return pages.join(' ');
}

/** Letters only, NFKC (so ligatures such as "ﬁ" compare as "fi"): line breaks, hyphenation and spacing vanish. */
export const letters = (text: string) => text.normalize('NFKC').replace(/[^\p{L}]/gu, '');

type Destination = string | unknown[] | null;

async function resolveTarget(doc: PDFDocumentProxy, dest: Destination): Promise<{ page: number; top: number } | undefined> {
  const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : dest;
  if (!explicit) return undefined;
  const [ref, , , top] = explicit as [{ num: number; gen: number }, unknown, number, number];
  return { page: (await doc.getPageIndex(ref)) + 1, top };
}

/** The text of each marked-content id on a page ("p349R_mc20" → "Giustozzi, 2008b"). */
async function markedText(doc: PDFDocumentProxy, pageNumber: number): Promise<Map<string, string>> {
  const content = await (await doc.getPage(pageNumber)).getTextContent({ includeMarkedContent: true });
  const texts = new Map<string, string>();
  const open: (string | undefined)[] = [];
  for (const item of content.items) {
    if ('type' in item) {
      if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') open.push(item.id ?? undefined);
      else if (item.type === 'endMarkedContent') open.pop();
      continue;
    }
    const id = open.findLast((entry) => entry !== undefined);
    if (id) texts.set(id, (texts.get(id) ?? '') + item.str);
  }
  return texts;
}

interface StructNode {
  role?: string;
  type?: string;
  id?: string;
  children?: StructNode[];
}

/**
 * Every link annotation, with the text the tagged structure says it covers (a Link element holds the
 * link's text and its annotation) and its resolved target.
 */
export async function links(doc: PDFDocumentProxy): Promise<PdfLink[]> {
  const found: PdfLink[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const page = await doc.getPage(n);
    const texts = await markedText(doc, n);
    const textOf = new Map<string, string>();
    const textIn = (node: StructNode): string =>
      node.type === 'content' ? (texts.get(node.id ?? '') ?? '') : (node.children ?? []).map(textIn).join('');
    const walk = (node: StructNode) => {
      const kids = node.children ?? [];
      if (node.role === 'Link') {
        for (const kid of kids) if (kid.type === 'annotation' && kid.id) textOf.set(kid.id, textIn(node));
      }
      kids.forEach(walk);
    };
    walk((await page.getStructTree()) as StructNode);
    for (const annotation of await page.getAnnotations()) {
      if (annotation.subtype !== 'Link') continue;
      const target = annotation.dest ? await resolveTarget(doc, annotation.dest) : undefined;
      const text = (textOf.get(`pdfjs_internal_id_${annotation.id}`) ?? '').trim();
      found.push({ page: n, text, ...(target && { target }), ...(annotation.url && { url: annotation.url }) });
    }
  }
  return found;
}

/** The line of content text just below a link's or bookmark's target. */
export async function lineAt(doc: PDFDocumentProxy, target: { page: number; top: number }): Promise<string> {
  const runs = await contentRuns(doc, target.page);
  // A target's top is at or above its first line's cap height, so that line's baseline lies clearly below it.
  const below = runs.filter((run) => run.y < target.top - 1).sort((a, b) => b.y - a.y);
  const first = below[0];
  if (!first) return '';
  return below
    .filter((run) => Math.abs(run.y - first.y) < 2)
    .sort((a, b) => a.x - b.x)
    .map((run) => run.text)
    .join('');
}

export async function bookmarks(doc: PDFDocumentProxy): Promise<Bookmark[]> {
  const convert = async (items: Awaited<ReturnType<PDFDocumentProxy['getOutline']>>): Promise<Bookmark[]> =>
    Promise.all(
      (items ?? []).map(async (item) => {
        const target = await resolveTarget(doc, item.dest as Destination);
        return { title: item.title, ...(target && { target }), children: await convert(item.items) };
      }),
    );
  return convert(await doc.getOutline());
}
