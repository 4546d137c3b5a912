import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadPaths, downloadWorks, type DownloadProps } from '../citations/downloads.ts';
import { toRis } from '../citations/reference-exports.ts';

/** The article's own citation and its reference list as RIS downloads. */
export const getStaticPaths = (() => downloadPaths()) satisfies GetStaticPaths;

export const GET: APIRoute<DownloadProps> = async ({ props, site }) =>
  new Response(toRis(await downloadWorks(props, site)), { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });
