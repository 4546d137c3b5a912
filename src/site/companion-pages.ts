import { withBase } from './urls.ts';

/** A page that goes with the sections: the reference list, glossary, timeline and the whole article. */
export interface CompanionPage {
  id: 'references' | 'glossary' | 'timeline' | 'article';
  title: string;
  /** The link's words where the home page's contents invites the reader on, when not the title. */
  invitation?: string;
  href: string;
}

/** The pages every contents list offers after the sections, in that order. */
export function companionPages(): CompanionPage[] {
  return [
    { id: 'references', title: 'References', href: withBase('references/') },
    { id: 'glossary', title: 'Glossary', href: withBase('glossary/') },
    { id: 'timeline', title: 'Timeline', href: withBase('timeline/') },
    { id: 'article', title: 'Whole article', invitation: 'Read the whole article on one page', href: withBase('article/') },
  ];
}
