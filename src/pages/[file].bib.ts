import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadPaths, downloadWorks, type DownloadProps } from '../citations/downloads.ts';
import { toBibtex } from '../citations/reference-exports.ts';

/** The article's own citation and its reference list as BibTeX downloads. */
export const getStaticPaths = (() => downloadPaths()) satisfies GetStaticPaths;

export const GET: APIRoute<DownloadProps> = async ({ props, site }) =>
  new Response(toBibtex(await downloadWorks(props, site)), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
