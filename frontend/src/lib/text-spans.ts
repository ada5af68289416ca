/**
 * Text spans given as UTF-16 offsets (JavaScript string indexes), as the screening API reports them.
 * Everything here is defensive: a span from a stale screening may point past the end of the text, or
 * (from a buggy recogniser) between the two halves of a surrogate pair; an emoji is never cut in two.
 */

export type Span = { start: number; end: number };

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Whether `offset` falls between the high and the low half of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return (
    offset > 0 &&
    offset < text.length &&
    isHighSurrogate(text.charCodeAt(offset - 1)) &&
    isLowSurrogate(text.charCodeAt(offset))
  );
}

/**
 * The span clamped to the text and widened to whole code points, or `null` when nothing of it is left
 * (empty, inverted, or entirely past the end).
 */
export function clampSpan(text: string, span: Span): Span | null {
  let start = Math.max(0, Math.min(Math.trunc(span.start), text.length));
  let end = Math.max(0, Math.min(Math.trunc(span.end), text.length));
  if (Number.isNaN(start) || Number.isNaN(end) || start >= end) {
    return null;
  }
  if (splitsSurrogatePair(text, start)) {
    start -= 1;
  }
  if (splitsSurrogatePair(text, end)) {
    end += 1;
  }
  return { start, end };
}

export type Segment<T> = {
  start: number;
  end: number;
  text: string;
  /** The spans covering this whole segment, in the order they were given. */
  marks: T[];
  /** The spans whose (clamped) end is this segment's end: where a label for them belongs. */
  ending: T[];
};

/**
 * Cuts the text into consecutive segments so that each segment is covered by the same set of spans.
 * Overlapping and nested spans give several marks on the segments they share; the segments always join
 * up to the whole text, so rendering them in order reproduces it exactly.
 */
export function splitIntoSegments<T extends Span>(text: string, spans: readonly T[]): Segment<T>[] {
  const clamped = spans
    .map((span) => ({ span, range: clampSpan(text, span) }))
    .filter((entry): entry is { span: T; range: Span } => entry.range !== null);
  const cuts = new Set<number>([0, text.length]);
  for (const { range } of clamped) {
    cuts.add(range.start);
    cuts.add(range.end);
  }
  const offsets = [...cuts].sort((a, b) => a - b);
  const segments: Segment<T>[] = [];
  for (let i = 0; i + 1 < offsets.length; i++) {
    const start = offsets[i];
    const end = offsets[i + 1];
    const covering = clamped.filter(({ range }) => range.start <= start && range.end >= end);
    segments.push({
      start,
      end,
      text: text.slice(start, end),
      marks: covering.map(({ span }) => span),
      ending: covering.filter(({ range }) => range.end === end).map(({ span }) => span),
    });
  }
  return segments;
}
