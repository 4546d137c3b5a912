// The one name the quote tools give the page: the start-up script (quote-start.client.ts) calls it once
// the tools (quote.client.ts) have loaded and set it. A global, because the tools are a separate bundle
// loaded by URL, whose exports the bundler does not keep.
declare global {
  /** Opens (or closes) the citation of the paragraph whose number link this is. */
  var quoteCite: (number: Element) => void;
}
export {};
