import type { Root } from 'hast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { sectionSlugFromPath } from '../article/section-slug.ts';
import { writeRecord, type TimelineEventPlace } from '../markdown/records.ts';
import { eventId, isParagraphId } from '../site/anchors.ts';
import { parseTimelineDate } from './date.ts';

/**
 * Collects every <TimelineEvent> of a section (id, date, label and the paragraph it stands in) into the
 * section's frontmatter (`timeline`), so the timeline page is built from the text and cannot drift from
 * it. An event without a date or with one the timeline cannot read, without an id or label, or with an
 * id used twice stops the build naming the file.
 */
export default function rehypeTimelineEvents() {
  return (tree: Root, file: VFile) => {
    const section = sectionSlugFromPath(file.path);
    const events: TimelineEventPlace[] = [];
    const problems: string[] = [];
    visitParents(tree, (node, ancestors) => {
      if (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') return;
      if (node.name !== 'TimelineEvent') return;
      const attributes = node.attributes.filter((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute');
      const attribute = (name: string) => attributes.find((a) => a.name === name);
      const text = (name: string) => {
        const value = attribute(name)?.value;
        return typeof value === 'string' ? value.trim() : '';
      };
      const id = text('id');
      const where = `<TimelineEvent${id ? ` id="${id}"` : ''}>`;
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) problems.push(`${where} needs an id of lowercase words joined by "-"`);
      if (!text('label')) problems.push(`${where} needs a one-line label`);
      if (!text('date')) problems.push(`${where} has no date`);
      else {
        try {
          parseTimelineDate(text('date'));
        } catch (error) {
          problems.push(`${where}: ${(error as Error).message}`);
        }
      }
      if (id && events.some((event) => event.id === id)) problems.push(`${where}: two events claim the anchor "${eventId(id)}"`);
      const paragraph = [...ancestors]
        .reverse()
        .find((a) => a.type === 'element' && isParagraphId(a.properties['id']));
      const display = text('display');
      events.push({
        id,
        date: text('date'),
        label: text('label'),
        ...(display && { display }),
        before: attribute('before') !== undefined,
        section,
        paragraph: paragraph?.type === 'element' ? String(paragraph.properties['id']) : '',
      });
    });
    if (problems.length > 0) throw new Error(`${file.path}:\n  ${problems.join('\n  ')}`);
    writeRecord(file, 'timeline', events);
  };
}
