import { clampSpan, type Span } from './text-spans';

/**
 * Keeping findings on the right words while the text changes: applying a suggested rewrite, and moving
 * the spans of an earlier screening onto the text as it is now until the next screening arrives.
 */

/**
 * Whether a suggestion is replacement text that can go into the post as it stands ("our patient",
 * "recently"), rather than advice to the author ("Remove the number."). The screening API gives both in
 * one field; advice is written as a sentence and ends with a full stop.
 */
export function isReplacement(suggestion: string | null | undefined): suggestion is string {
  if (!suggestion) {
    return false;
  }
  const trimmed = suggestion.trim();
  return trimmed.length > 0 && !/[.!?]["”']?$/.test(trimmed);
}

export type Edit = {
  text: string;
  /** Where the replacement now stands, to select it for the author. */
  selection: Span;
  /** The span of the old text that was replaced. */
  replaced: Span;
};

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Replaces `text[start, end)` with `replacement`. When the words just before the span already say the
 * replacement ("our patient John Smith" with "our patient" for the name), those words are replaced too,
 * so the rewrite does not repeat itself.
 */
export function replaceSpan(text: string, span: Span, replacement: string): Edit {
  const range = clampSpan(text, span) ?? { start: Math.min(span.start, text.length), end: Math.min(span.start, text.length) };
  let start = range.start;
  const before = text.slice(0, start);
  const trimmed = before.trimEnd();
  if (replacement && trimmed.toLowerCase().endsWith(replacement.toLowerCase())) {
    const repeatStart = trimmed.length - replacement.length;
    const previous = repeatStart > 0 ? trimmed[repeatStart - 1] : '';
    if (!WORD_CHARACTER.test(previous)) {
      start = repeatStart;
    }
  }
  return {
    text: text.slice(0, start) + replacement + text.slice(range.end),
    selection: { start, end: start + replacement.length },
    replaced: { start, end: range.end },
  };
}

/** Replaces exactly `text[start, end)` with `replacement` (a reviewer's suggested edit: no guessing around it). */
export function replaceExactly(text: string, span: Span, replacement: string): Edit {
  const start = Math.max(0, Math.min(span.start, text.length));
  const end = Math.max(start, Math.min(span.end, text.length));
  return {
    text: text.slice(0, start) + replacement + text.slice(end),
    selection: { start, end: start + replacement.length },
    replaced: { start, end },
  };
}

/** Whether two spans overlap, or touch where one of them is an insertion (which would apply first is unclear). */
export function spansConflict(a: Span, b: Span): boolean {
  if (a.start < b.end && b.start < a.end) {
    return true;
  }
  const touching = a.end === b.start || b.end === a.start;
  return touching && (a.start === a.end || b.start === b.end);
}

/** The region where two texts differ: `[start, fromEnd)` in the old text became `[start, toEnd)` in the new one. */
export function changedRegion(from: string, to: string): { start: number; fromEnd: number; toEnd: number } {
  const shorter = Math.min(from.length, to.length);
  let prefix = 0;
  while (prefix < shorter && from.charCodeAt(prefix) === to.charCodeAt(prefix)) {
    prefix++;
  }
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    from.charCodeAt(from.length - 1 - suffix) === to.charCodeAt(to.length - 1 - suffix)
  ) {
    suffix++;
  }
  return { start: prefix, fromEnd: from.length - suffix, toEnd: to.length - suffix };
}

/**
 * Moves spans found in `from` onto `to`: spans before the change stay, spans after it shift by the change
 * in length, and spans the change touched are dropped (the next screening decides about them).
 */
export function remapSpans<T extends Span>(from: string, to: string, spans: readonly T[]): T[] {
  if (from === to) {
    return [...spans];
  }
  const { start, fromEnd, toEnd } = changedRegion(from, to);
  const delta = toEnd - fromEnd;
  const kept: T[] = [];
  for (const span of spans) {
    if (span.end <= start) {
      kept.push(span);
    } else if (span.start >= fromEnd) {
      kept.push({ ...span, start: span.start + delta, end: span.end + delta });
    }
  }
  return kept;
}
