/** `npm run audit`: Lighthouse scores of the built site (run `npm run build` first), as a table. */
import { auditSite } from './lighthouse.ts';

const scores = await auditSite();
console.log('| page | performance | accessibility | best practices | SEO |\n| --- | ---: | ---: | ---: | ---: |');
for (const [page, s] of Object.entries(scores)) {
  console.log(`| ${page} | ${s.performance} | ${s.accessibility} | ${s['best-practices']} | ${s.seo} |`);
}
const short = Object.entries(scores).filter(([, s]) => s.accessibility < 100 || s['best-practices'] < 100 || s.seo < 100);
if (short.length > 0) {
  console.error(`\nBelow 100 for accessibility, best practices or SEO: ${short.map(([page]) => page).join(', ')}`);
  process.exit(1);
}
