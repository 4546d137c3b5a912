import type { Section } from '../article/sections.ts';
import { paragraphNames, type ParagraphName } from '../article/paragraph-names.ts';
import type { TimelineEventPlace } from '../markdown/records.ts';
import { sectionRecords } from '../markdown/section-records.ts';
import { eventId } from '../site/anchors.ts';
import { centuryOf, formatTimelineDate, parseTimelineDate, timelineGroup, type TimelineDate } from './date.ts';

/** An event ready for the timeline: its parsed date and the words to show for it. */
export interface TimelineEntry extends TimelineEventPlace {
  when: TimelineDate;
  /** The date as the text gives it. */
  dateText: string;
  group: string;
  /** The paragraph that states it, named as its page numbers it ("Literature, para. 1"). */
  paragraphName: ParagraphName;
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
  const paragraphName = await paragraphNames(sections);
  for (const section of sections) {
    for (const { display, ...event } of (await sectionRecords(section)).timeline) {
      const other = seen.get(event.id);
      if (other) {
        throw new Error(`Two events claim the anchor "${eventId(event.id)}": ${other} and ${section.filePath ?? section.id}`);
      }
      seen.set(event.id, section.filePath ?? section.id);
      const when = parseTimelineDate(event.date);
      entries.push({
        ...event,
        ...(display && { display }),
        when,
        dateText: display ?? formatTimelineDate(when),
        group: timelineGroup(when),
        paragraphName: paragraphName(event.paragraph),
      });
    }
  }
  return entries.map((entry, order) => ({ entry, order })).sort((a, b) => compare(a.entry, b.entry) || a.order - b.order).map(({ entry }) => entry);
}

/**
 * The timeline's events in their groups, in date order: a decade where it holds two events or more,
 * else the century, so no heading stands over a single entry of a sparse stretch.
 */
export function timelineGroups(events: TimelineEntry[]): { group: string; events: TimelineEntry[] }[] {
  const size = new Map<string, number>();
  for (const event of events) size.set(event.group, (size.get(event.group) ?? 0) + 1);
  const groupOf = (event: TimelineEntry) =>
    event.when.precision !== 'century' && (size.get(event.group) ?? 0) < 2 ? centuryOf(event.when.year) : event.group;
  return [...new Set(events.map(groupOf))].map((group) => ({
    group,
    events: events.filter((event) => groupOf(event) === group),
  }));
}
