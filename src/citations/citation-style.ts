import { Cite } from 'rehype-citation';
import apaStyle from './csl/apa.csl?raw';
import enUsLocale from './csl/locales-en-US.xml?raw';

/** Names under which the repo's own CSL files are registered; the build never fetches a style. */
export const STYLE = 'apa-7th-edition';
export const LOCALE = 'en-US';

/** The citeproc-js engine, as far as this project uses it. */
export interface CiteprocEngine {
  updateItems(ids: string[]): void;
  makeBibliography(): [{ entry_ids: string[][] }, string[]];
  makeCitationCluster(items: { id: string; locator?: string; label?: string }[]): string;
  processCitationCluster(
    citation: { citationID: string; citationItems: { id: string }[]; properties: { noteIndex: number } },
    pre: [string, number][],
    post: [string, number][],
  ): [unknown, [number, string, string][]];
}

type CslItem = { id: string } & Record<string, unknown>;

interface Register {
  has(name: string): boolean;
  add(name: string, value: string): void;
}

interface CslConfig {
  templates: Register;
  locales: Register;
  engine: (data: CslItem[], style: string, lang: string, format: string) => CiteprocEngine;
}

const PRIMER = 'every-work';
// Registry symbols: the config and the bundled pages may load this module twice over one citation-js.
const primed = Symbol.for('sco.citation-style.primed');
const original = Symbol.for('sco.citation-style.original');

function cslConfig(): CslConfig & { [primed]?: true } {
  const plugins = Cite.plugins as unknown as { config: { get(name: '@csl'): CslConfig & { [primed]?: true } } };
  return plugins.config.get('@csl');
}

/**
 * Registers the repo's APA 7th style and en-US locale with the citation-js instance that
 * rehype-citation uses, and primes every citeproc engine with one citation of every work.
 *
 * Why the primer: rehype-citation formats each file with its own engine and never revisits earlier
 * citations, so a page citing one of the two Giustozzi 2008 works would say "2008" while the
 * reference list says "2008a". Citing every work first makes each engine disambiguate against the
 * whole bibliography, so every label agrees with the reference list on every page. Idempotent.
 */
export function useArticleCitationStyle(): void {
  const config = cslConfig();
  if (config[primed]) return;
  if (!config.templates.has(STYLE)) config.templates.add(STYLE, apaStyle);
  config.locales.add(LOCALE, enUsLocale);

  // citation-js caches one engine per style and locale and hands it out again, so the original
  // method is kept once per engine and each hand-out primes it afresh under a new citation id.
  const createEngine = config.engine.bind(config);
  let round = 0;
  config.engine = (data, style, lang, format) => {
    const engine: CiteprocEngine & { [original]?: CiteprocEngine['processCitationCluster'] } = createEngine(
      data,
      style,
      lang,
      format,
    );
    const process = (engine[original] ??= engine.processCitationCluster.bind(engine));
    const primer = `${PRIMER}-${(round += 1)}`;
    const everyWork = data.map(({ id }) => ({ id }));
    process({ citationID: primer, citationItems: everyWork, properties: { noteIndex: 0 } }, [], []);
    engine.processCitationCluster = (citation, pre, post) => process(citation, [[primer, 0], ...pre], post);
    return engine;
  };
  config[primed] = true;
}

/** A primed engine over `items`, in the article's style, producing HTML (or plain text). */
export function createCitationEngine(items: CslItem[], format: 'html' | 'text' = 'html'): CiteprocEngine {
  useArticleCitationStyle();
  const normalised = new Cite(items, { generateGraph: false }).data as CslItem[];
  const engine = cslConfig().engine(normalised, STYLE, LOCALE, format);
  engine.updateItems(normalised.map(({ id }) => id));
  return engine;
}
