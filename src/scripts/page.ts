// The only JavaScript a reader downloads before searching: what every page needs, in one small module.
// Reading works without it; each part only adds to what the HTML already does.
import './theme-toggle.ts';
import './on-this-page.ts';
import './search-loader.ts';
import './search-highlight.ts';
import './citation-preview.ts';
import './copy-button.ts';
