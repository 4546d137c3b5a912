import type { Root } from 'hast';
import type { MdxJsxAttribute, MdxJsxTextElementHast, MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { sectionSlugFromPath } from '../article/section-slug.ts';
import { writeRecord, type TimelineEventPlace } from '../markdown/records.ts';
import { eventId, isParagraphId } from '../site/anchors.ts';
import { formatTimelineDate, parseTimelineDate } from './date.ts';

type EventNode = MdxJsxTextElementHast | MdxJsxFlowElementHast;

/** One marker after an event's sentence, leading to the timeline: the event and its date as readers see it. */
export interface EventMarker {
  id: string;
  label: string;
  date: string;
}

const isEvent = (node: unknown): node is EventNode =>
  typeof node === 'object' &&
  node !== null &&
  'type' in node &&
  (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') &&
  'name' in node &&
  node.name === 'TimelineEvent';

const attributeText = (node: EventNode, name: string) => {
  const value = node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
  return typeof value === 'string' ? value.trim() : '';
};

/** The event an event ends with, if any: nested events that close together share one run of markers. */
function endingEvent(node: EventNode): EventNode | undefined {
  const last = [...node.children].reverse().find((child) => !(child.type === 'text' && child.value.trim() === ''));
  return isEvent(last) ? last : undefined;
}

/**
 * Hands each <TimelineEvent> the markers to show after it (`markers`, JSON): its own, then those of
 * the events nested at its end, outer first, as the text reads and the timeline orders them. A nested
 * event that ends with its parent shows none, so "◷ 1865 ◷ 1874" never comes out reversed.
 */
function assignMarkers(events: EventNode[]): void {
  const hoisted = new Set(events.map(endingEvent).filter((node): node is EventNode => node !== undefined));
  for (const node of events) {
    const markers: EventMarker[] = [];
    for (let current: EventNode | undefined = node; current && !hoisted.has(node); current = endingEvent(current)) {
      let date = attributeText(current, 'date');
      try {
        date = formatTimelineDate(parseTimelineDate(date));
      } catch {
        // Reported with the file named by the checks below.
      }
      markers.push({ id: attributeText(current, 'id'), label: attributeText(current, 'label'), date });
    }
    node.attributes.push({ type: 'mdxJsxAttribute', name: 'markers', value: JSON.stringify(markers) });
  }
}

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
    const nodes: EventNode[] = [];
    const problems: string[] = [];
    visitParents(tree, (node, ancestors) => {
      if (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') return;
      if (node.name !== 'TimelineEvent') return;
      nodes.push(node);
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
    assignMarkers(nodes);
    writeRecord(file, 'timeline', events);
  };
}
