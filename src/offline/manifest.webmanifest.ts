import type { APIRoute } from 'astro';
import { getArticle } from '../article/article.ts';
import { withBase } from '../site/urls.ts';
import icon from './icon-512.png';
import iconSvg from './icon.svg';

export const prerender = true;

/** The web app manifest: installs the edition under the article's title, opening at its home page. */
export const GET: APIRoute = async () => {
  const article = await getArticle();
  const manifest = {
    id: withBase(),
    name: article.title,
    short_name: 'SCO and Pakistan',
    description: `${article.type}: ${article.title}, the whole text for reading online and offline.`,
    lang: 'en',
    dir: 'ltr',
    start_url: withBase(),
    scope: withBase(),
    display: 'standalone',
    background_color: '#fdfcfa',
    theme_color: '#0b5cad',
    icons: [
      { src: icon.src, sizes: `${icon.width}x${icon.height}`, type: 'image/png', purpose: 'any' },
      { src: iconSvg.src, sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  };
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json' } });
};
