// The JavaScript every page needs, in one small module; reading works without it. Scripts for parts
// that only some pages have (citation previews, "On this page", the copy button) come with those parts.
import './theme-toggle.client.ts';
import '../search/loader.client.ts';
