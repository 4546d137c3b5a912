import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadPaths, downloadWorks, type DownloadProps } from '../citations/downloads.ts';
import { toCslJson } from '../citations/reference-exports.ts';

/** The reference list as a CSL-JSON download. */
export const getStaticPaths = (() => downloadPaths(['references'])) satisfies GetStaticPaths;

export const GET: APIRoute<DownloadProps> = async ({ props, site }) =>
  new Response(toCslJson(await downloadWorks(props, site)), { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' } });
