/**
 * The record Zotero's "Embedded Metadata" translator (zotero/translators, 2026-04 version) saves from a
 * page, for the fields this edition gives: a minimal model of its rules, written from reading it and the
 * RDF translator it hands Open Graph tags to. Tags the model does not know make it throw, so a page that
 * starts giving them (a DOI, a journal, Dublin Core, `article:` tags) fails until the model learns them,
 * instead of passing on a guess.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';

export interface Creator {
  firstName: string;
  lastName: string;
  creatorType: 'author';
}

/** The saved item, limited to the fields the edition's pages can fill. */
export interface SavedItem {
  itemType: string;
  title: string;
  creators: Creator[];
  date: string;
  language: string;
  abstractNote: string;
  url: string;
}

/** Which tag (or fallback) each field was read from, so a test can tell a tag from a lucky fallback. */
export type ItemSources = Record<keyof SavedItem, string>;

/** Namespaces whose tags the translator hands to the RDF translator as statements. */
const rdfPrefixes = new Set(['bib', 'bibo', 'dc', 'dcterms', 'prism', 'foaf', 'vcard', 'link', 'z', 'eprint', 'eprints', 'og', 'article', 'book', 'music', 'video', 'so', 'codemeta', 'rdf']);

/** The Open Graph properties the model reads (type, title, description, url) or knows the RDF import leaves alone here. */
const modelledOpenGraph = new Set(['og:type', 'og:title', 'og:description', 'og:url', 'og:site_name', 'og:locale', 'og:image', 'og:image:alt']);

/** Highwire tags the model reads, or knows the translator leaves out of the saved item here. */
const modelledHighwire = new Set([
  'citation_title', 'citation_author', 'citation_authors', 'citation_publication_date', 'citation_cover_date', 'citation_date',
  'citation_year', 'citation_language', 'citation_abstract', 'citation_public_url', 'citation_abstract_html_url',
  'citation_fulltext_html_url', 'citation_keywords', 'citation_author_institution', 'citation_reference',
]);

/** Highwire tags that fix the item type outright ("hwType" in the translator). */
const highwireTypes: Record<string, string> = {
  citation_journal_title: 'journalArticle',
  citation_technical_report_institution: 'report',
  citation_conference_title: 'conferencePaper',
  citation_conference: 'conferencePaper',
  citation_book_title: 'bookSection',
  citation_inbook_title: 'bookSection',
  citation_dissertation_institution: 'thesis',
};

/** og:type values the RDF translator maps to a type; "article" is only a guess, below the Highwire one. */
const openGraphTypes: Record<string, string> = {
  'video.movie': 'videoRecording',
  'video.episode': 'videoRecording',
  'video.tv_show': 'videoRecording',
  'video.other': 'videoRecording',
  book: 'book',
  'music.song': 'audioRecording',
  'music.album': 'audioRecording',
  website: 'webpage',
};

const trimInternal = (text: string) => text.replace(/[\xA0\r\n\s]+/g, ' ').trim();
const attribute = (el: Element | undefined, name: string) => {
  const value = el?.properties[name];
  return value === undefined || value === null ? '' : Array.isArray(value) ? value.join(' ') : String(value);
};

/** A meta tag's key: its name, or failing that its property (Open Graph's way), as the translator reads them. */
const keyOf = (meta: Element) => attribute(meta, 'name') || attribute(meta, 'property');

/** The namespace prefix of a tag, the RDF way: "og:image:alt" is og's, "citation_title" is no namespace's. */
function rdfPrefixOf(tag: string): string | undefined {
  const parts = tag.split(/[.:_]/);
  const second = parts.length > 2 ? parts[1]?.toLowerCase() : undefined;
  if (second && rdfPrefixes.has(second)) return second;
  const first = parts[0]?.toLowerCase() ?? '';
  return rdfPrefixes.has(first) ? first : undefined;
}

/** Zotero's cleanAuthor for a personal name: "Family, Given" splits at the comma, "Given Family" at the last space. */
function cleanAuthor(raw: string, inverted: boolean): Creator {
  const name = raw.replace(/^[\s\xA0.,/[\]:]+/, '').replace(/[\s\xA0.,/[\]:]+$/, '').replace(/[\s\xA0]+/, ' ');
  let firstName = '';
  let lastName = name;
  if (inverted) {
    const [last = '', first] = name.replace(/\.([^ ])/, '. $1').split(/[,،] ?/);
    lastName = last;
    firstName = first ?? '';
  } else {
    let space = name.length;
    do {
      space = name.lastIndexOf(' ', space - 1);
      lastName = name.slice(space + 1);
      firstName = space < 0 ? '' : name.slice(0, space);
    } while (!/^\p{L}/u.test(lastName) && space > 0);
  }
  // Capitals of up to three letters are initials ("JK" becomes "J. K."); initials get their full stops.
  if (firstName && /^[A-Z\u0400-\u042f]+$/.test(firstName) && firstName.length < 4 && (firstName.length === 1 || lastName.toUpperCase() !== lastName)) {
    firstName = [...firstName].map((letter) => `${letter}.`).join(' ');
  }
  if (firstName) {
    firstName = firstName
      .replace(/^[\s.]+/, '')
      .replace(/[\s,]+$/, '')
      .split(/(?:[\s.]+|(?=-))/)
      .map((part) => (/^-?[A-Z\u0400-\u042f]$/.test(part) ? `${part}.` : part))
      .join(' ')
      .replace(/ -/g, '-')
      .trim();
  }
  return { firstName: fixCase(firstName), lastName: fixCase(lastName), creatorType: 'author' };
}

/** Names in all capitals or all lower case get title case, as the translator's fixCase does. */
const fixCase = (name: string) =>
  name && (name === name.toUpperCase() || name === name.toLowerCase())
    ? name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
    : name;

/** The authors from `citation_author` tags (or `citation_authors`), split and cleaned as the translator does. */
function highwireCreators(values: string[], language: string): Creator[] {
  const creators: Creator[] = [];
  let previous: string | undefined;
  for (const value of values) {
    let names = value.split(/\s*;\s*/);
    if (names.length === 1 && values.length === 1) {
      // One tag naming several people "Given Family, Given Family" is split at commas, unless it looks
      // like one Spanish name.
      const byComma = names[0]?.split(/\s*,\s*/) ?? [];
      const spanish = byComma.length === 2 && ['es', 'spa', 'Spanish', 'español'].includes(language);
      if (byComma.length > 1 && byComma[0]?.includes(' ') && byComma[1]?.includes(' ') && !spanish) names = byComma;
    }
    for (const raw of names) {
      const name = raw.trim();
      if (!/[^\s,-.;]/.test(name) || name === previous) continue;
      previous = name;
      creators.push(cleanAuthor(name, name.includes(',')));
    }
  }
  return creators;
}

/** Reads a built page as the translator would, at `pageUrl`, and returns the item it saves with each field's source. */
export function savedItem(html: string, pageUrl: string): { item: SavedItem; sources: ItemSources } {
  const tree: Root = fromHtml(html);
  const head = select('html > head', tree);
  if (!head) throw new Error('the page has no <head>');
  if (attribute(select('html', tree), 'prefix') || attribute(head, 'prefix') || selectAll('link[rel^="schema."]', tree).length) {
    throw new Error('the page declares RDF prefixes, which this model of the translator does not read');
  }
  const allMeta = selectAll('meta', tree);
  const headMeta = selectAll('html > head > meta', tree);
  // Highwire fields are read from the head, the first tag whose name ends with the field's name.
  const first = (name: string) => headMeta.find((meta) => attribute(meta, 'name').endsWith(name) && attribute(meta, 'content').trim());
  const highwire = (name: string) => {
    const meta = first(name);
    return meta ? trimInternal(attribute(meta, 'content')) : '';
  };
  const openGraph = (property: string) =>
    attribute(allMeta.find((meta) => keyOf(meta) === property && attribute(meta, 'content')), 'content');

  // Item type, and a check that every tag is one the model reads or knows to be harmless.
  let hwType: string | undefined;
  let hwTypeGuess: string | undefined;
  let generatorType: string | undefined;
  let rdfStatements = 0;
  for (const meta of allMeta) {
    const value = attribute(meta, 'content');
    for (const tag of keyOf(meta).split(/\s+/)) {
      if (!tag || !value) continue;
      if (rdfPrefixOf(tag)) {
        if (!modelledOpenGraph.has(tag)) throw new Error(`the model of the translator does not read "${tag}"`);
        rdfStatements++;
      } else if (tag.toLowerCase() === 'generator') {
        if (/blogger|wordpress|wooframework/i.test(value)) generatorType = 'blogPost';
      } else if (tag.includes('citation_')) {
        const short = tag.slice(tag.lastIndexOf('citation_'));
        if (highwireTypes[short]) hwType = highwireTypes[short];
        else if (short === 'citation_title' || short === 'citation_series_title') hwTypeGuess ??= 'journalArticle';
        else if (short === 'citation_isbn') hwTypeGuess = 'book';
        if (!modelledHighwire.has(short)) throw new Error(`the model of the translator does not read "${tag}"`);
      }
    }
  }
  const wordpress = select('#wp-block-library-css, #wp-block-library-inline-css, .yoast-schema-graph', tree) ? 'blogPost' : undefined;
  let itemType: string | undefined;
  let typeSource: string;
  if (!rdfStatements) {
    itemType = hwType ?? hwTypeGuess ?? generatorType;
    typeSource = hwType ? 'highwire' : hwTypeGuess ? 'citation_title' : 'generator';
  } else if (hwType) {
    itemType = hwType;
    typeSource = 'highwire';
  } else {
    // Open Graph data goes through the RDF translator: a definite og:type wins over the guess from
    // citation_title, which wins over og:type "article"'s own guess; with neither, a web page.
    const ogType = openGraphTypes[openGraph('og:type')];
    itemType = ogType ?? hwTypeGuess ?? generatorType ?? wordpress ?? 'webpage';
    typeSource = ogType ? 'og:type' : hwTypeGuess ? 'citation_title' : 'default';
  }
  if (!itemType) throw new Error('the translator finds nothing to save on this page');

  // Each field: the Highwire tag first, then what the RDF import took from Open Graph, then the page itself.
  const pick = (...candidates: [string, string][]): [string, string] => candidates.find(([, value]) => value) ?? ['none', ''];
  const [titleSource, title] = pick(['citation_title', highwire('citation_title')], ['og:title', openGraph('og:title')], ['<title>', toText(select('title', tree) ?? tree)]);
  // Of the date tags, the last present in the translator's mapping order wins.
  const [dateSource, date] = pick(
    ['citation_date', highwire('citation_date')],
    ['citation_cover_date', highwire('citation_cover_date')],
    ['citation_publication_date', highwire('citation_publication_date')],
    ['citation_year', highwire('citation_year')],
    ['time[datetime]', attribute(select('time[datetime]', tree), 'dateTime')],
  );
  const [abstractSource, abstractNote] = pick(
    ['citation_abstract', highwire('citation_abstract')],
    ['og:description', trimInternal(openGraph('og:description'))],
    ['description', trimInternal(attribute(select('meta[name="description" i]', tree), 'content'))],
  );
  const [urlSource, url] = pick(
    ['citation_public_url', highwire('citation_public_url')],
    ['og:url', openGraph('og:url')],
    ['citation_abstract_html_url', highwire('citation_abstract_html_url')],
    ['citation_fulltext_html_url', highwire('citation_fulltext_html_url')],
    ['canonical', attribute(select('head > link[rel="canonical"]', tree), 'href')],
    ['location', pageUrl],
  );
  const [languageSource, language] = pick(
    ['citation_language', highwire('citation_language')],
    ['meta language', attribute(select('meta[name="language" i], meta[name="lang"]', tree), 'content')],
    ['content-language', attribute(select('meta[http-equiv="content-language"]', tree), 'content')],
    ['<html lang>', attribute(select('html', tree), 'lang')],
  );
  const authorTags = (name: string) =>
    selectAll('html > head > meta, html > body > meta', tree).filter((meta) => attribute(meta, 'name').endsWith(name)).map((meta) => attribute(meta, 'content'));
  const authorValues = authorTags('citation_author').length ? authorTags('citation_author') : authorTags('citation_authors');
  const creators = highwireCreators(authorValues, highwire('citation_language'));
  // Without Highwire authors the translator tries meta author, article:author and bylines: none modelled.
  if (!creators.length && select('meta[name="author" i], meta[property="author" i]', tree)) {
    throw new Error('the model of the translator does not read meta author');
  }

  return {
    item: { itemType, title: title.replace(/\s+/g, ' '), creators, date, language, abstractNote, url: new URL(url, pageUrl).href },
    sources: {
      itemType: typeSource,
      title: titleSource,
      creators: authorValues.length ? 'citation_author' : 'none',
      date: dateSource,
      language: languageSource,
      abstractNote: abstractSource,
      url: urlSource,
    },
  };
}
