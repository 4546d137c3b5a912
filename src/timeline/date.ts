/** A date as the article gives it, with its precision, for ordering and display. */
export interface TimelineDate {
  /** What the attribute said: "1865", "1997-04", "1996-04-26", "1990s" or "19th century". */
  value: string;
  precision: 'day' | 'month' | 'year' | 'decade' | 'century';
  /** Sorts events: year, month, day (0 where not given). */
  key: [number, number, number];
  /** The first year it covers, for grouping by decade. */
  year: number;
  /** ISO 8601 for <time datetime> where one exists (not for decades and centuries). */
  iso?: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Reads an event's date: a year, a year and month, a full date, a decade or a century, in the
 * precision the article gives. Anything else is an error, so the timeline never guesses.
 */
export function parseTimelineDate(value: string): TimelineDate {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day) {
    const [, y, m, d] = day.map(Number) as [number, number, number, number];
    if (m < 1 || m > 12 || d < 1 || d > 31) throw new Error(`"${value}" is not a real date`);
    return { value, precision: 'day', key: [y, m, d], year: y, iso: value };
  }
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) {
    const [, y, m] = month.map(Number) as [number, number, number];
    if (m < 1 || m > 12) throw new Error(`"${value}" is not a real month`);
    return { value, precision: 'month', key: [y, m, 0], year: y, iso: value };
  }
  if (/^\d{4}$/.test(value)) return { value, precision: 'year', key: [Number(value), 0, 0], year: Number(value), iso: value };
  const decade = /^(\d{3}0)s$/.exec(value);
  if (decade) return { value, precision: 'decade', key: [Number(decade[1]), 0, 0], year: Number(decade[1]) };
  const century = /^(\d{1,2})(st|nd|rd|th) century$/.exec(value);
  if (century) {
    const start = (Number(century[1]) - 1) * 100;
    return { value, precision: 'century', key: [start, 0, 0], year: start };
  }
  throw new Error(`"${value}" is not a date the timeline understands: use 1865, 1997-04, 1996-04-26, 1990s or 19th century`);
}

/** The date in words, the way the article writes dates ("April 26, 1996", "June 2012", "1865"). */
export function formatTimelineDate(date: TimelineDate): string {
  const [year, month, day] = date.key;
  switch (date.precision) {
    case 'day':
      return `${MONTHS[month - 1]} ${day}, ${year}`;
    case 'month':
      return `${MONTHS[month - 1]} ${year}`;
    default:
      return date.value;
  }
}

/** The decade a date belongs to ("1990s"), or its century for a century-wide date. */
export function timelineGroup(date: TimelineDate): string {
  return date.precision === 'century' ? date.value : `${Math.floor(date.year / 10) * 10}s`;
}

/** The century a year falls in, in words ("19th century" for 1865), as the article names centuries. */
export function centuryOf(year: number): string {
  const n = Math.floor(year / 100) + 1;
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix} century`;
}
