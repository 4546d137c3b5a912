// The only JavaScript a reader downloads before searching: what every page needs, in one small module.
import './search-loader.ts';
import './search-highlight.ts';
import './citation-preview.ts';
