// Where a warning's phrase stands in a text, for showing it highlighted in a short excerpt. The
// server gives the phrase with its start and end in the text it checked; the text on the screen
// may have changed since (the check runs after typing pauses), so the offsets are trusted only
// when they still point at the phrase, otherwise the phrase is looked up again.

export interface Excerpt {
  before: string;
  phrase: string;
  after: string;
}

/** Up to `radius` characters either side of the phrase, cut at word boundaries, with ellipses. */
export function excerptAround(
  text: string,
  warning: { phrase: string; start: number; end: number },
  radius = 40,
): Excerpt | null {
  let start = warning.start;
  let end = warning.end;
  if (text.slice(start, end) !== warning.phrase) {
    const index = text.toLocaleLowerCase('sv').indexOf(warning.phrase.toLocaleLowerCase('sv'));
    if (index < 0) return null;
    start = index;
    end = index + warning.phrase.length;
  }
  let from = Math.max(0, start - radius);
  let to = Math.min(text.length, end + radius);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space >= 0 && space < start) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > end) to = space;
  }
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  return {
    before: `${from > 0 ? '…' : ''}${flat(text.slice(from, start))}`,
    phrase: text.slice(start, end),
    after: `${flat(text.slice(end, to))}${to < text.length ? '…' : ''}`,
  };
}
