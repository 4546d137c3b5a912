import { render } from 'astro:content';
import { z } from 'astro/zod';
import type { Section } from '../article/sections.ts';
import { formatTimelineDate, parseTimelineDate, timelineGroup, type TimelineDate } from './date.ts';
import type { TimelineEventPlace } from './rehype-timeline-events.ts';

const eventsSchema = z.array(
  z.object({
    id: z.string(),
    date: z.string(),
    label: z.string(),
    display: z.string().optional(),
    before: z.boolean(),
    section: z.string(),
    paragraph: z.string(),
  }),
);

/** An event ready for the timeline: its parsed date and the words to show for it. */
export interface TimelineEntry extends TimelineEventPlace {
  when: TimelineDate;
  /** The date as the text gives it. */
  dateText: string;
  group: string;
  sectionTitle: string;
}

/** Compares two events by date; "before" a date sorts ahead of it; equal dates keep reading order. */
function compare(a: TimelineEntry, b: TimelineEntry): number {
  for (let i = 0; i < 3; i += 1) {
    const d = (a.when.key[i] ?? 0) - (b.when.key[i] ?? 0);
    if (d !== 0) return d;
  }
  return Number(b.before) - Number(a.before);
}

/**
 * Every dated event the sections mark, in date order. Two events claiming one anchor in different
 * files stop the build naming both (one file's duplicates are caught by its plugin).
 */
export async function getTimeline(sections: Section[]): Promise<TimelineEntry[]> {
  const entries: TimelineEntry[] = [];
  const seen = new Map<string, string>();
  for (const section of sections) {
    const { remarkPluginFrontmatter } = await render(section);
    for (const { display, ...event } of eventsSchema.parse(remarkPluginFrontmatter['timeline'] ?? [])) {
      const other = seen.get(event.id);
      if (other) {
        throw new Error(`Two events claim the anchor "event-${event.id}": ${other} and ${section.filePath ?? section.id}`);
      }
      seen.set(event.id, section.filePath ?? section.id);
      const when = parseTimelineDate(event.date);
      entries.push({
        ...event,
        ...(display && { display }),
        when,
        dateText: display ?? formatTimelineDate(when),
        group: timelineGroup(when),
        sectionTitle: section.data.title,
      });
    }
  }
  return entries.map((entry, order) => ({ entry, order })).sort((a, b) => compare(a.entry, b.entry) || a.order - b.order).map(({ entry }) => entry);
}
