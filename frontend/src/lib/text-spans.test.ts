import { describe, expect, it } from 'vitest';
import { clampSpan, splitIntoSegments, splitsSurrogatePair } from './text-spans';

type Mark = { id: string; start: number; end: number };

function describeSegments(text: string, marks: Mark[]) {
  return splitIntoSegments(text, marks).map((segment) => [
    segment.text,
    segment.marks.map((mark) => mark.id).join('+'),
    segment.ending.map((mark) => mark.id).join('+'),
  ]);
}

describe('splitIntoSegments', () => {
  it('cuts the text at each span so that the segments join up to the whole text', () => {
    const text = 'Congratulations to our patient John Smith (MRN 12345678) today';
    const marks = [
      { id: 'name', start: 31, end: 41 },
      { id: 'mrn', start: 43, end: 55 },
    ];

    const segments = splitIntoSegments(text, marks);

    expect(segments.map((segment) => segment.text).join('')).toBe(text);
    expect(describeSegments(text, marks)).toEqual([
      ['Congratulations to our patient ', '', ''],
      ['John Smith', 'name', 'name'],
      [' (', '', ''],
      ['MRN 12345678', 'mrn', 'mrn'],
      [') today', '', ''],
    ]);
  });

  it('gives overlapping spans their own segments with both marks where they overlap', () => {
    const text = 'abcdefghij';
    const marks = [
      { id: 'A', start: 1, end: 6 },
      { id: 'B', start: 4, end: 9 },
    ];

    expect(describeSegments(text, marks)).toEqual([
      ['a', '', ''],
      ['bcd', 'A', ''],
      ['ef', 'A+B', 'A'],
      ['ghi', 'B', 'B'],
      ['j', '', ''],
    ]);
  });

  it('handles a span nested in another and two identical spans', () => {
    const marks = [
      { id: 'outer', start: 0, end: 10 },
      { id: 'inner', start: 3, end: 5 },
      { id: 'twin', start: 3, end: 5 },
    ];

    expect(describeSegments('0123456789', marks)).toEqual([
      ['012', 'outer', ''],
      ['34', 'outer+inner+twin', 'inner+twin'],
      ['56789', 'outer', 'outer'],
    ]);
  });

  it('uses UTF-16 offsets, so a span after an emoji lands on the right characters', () => {
    // "🎉" is two UTF-16 code units: "Jane" starts at index 3, not 2.
    const text = '🎉 Jane Doe went home';
    const marks = [{ id: 'name', start: 3, end: 11 }];

    expect(describeSegments(text, marks)).toEqual([
      ['🎉 ', '', ''],
      ['Jane Doe', 'name', 'name'],
      [' went home', '', ''],
    ]);
  });

  it('never cuts an emoji in half: a span edge inside a surrogate pair widens to the whole emoji', () => {
    const text = 'a😀b';
    // offset 2 falls between the halves of 😀 (indexes 1 and 2)
    expect(describeSegments(text, [{ id: 'x', start: 2, end: 4 }])).toEqual([
      ['a', '', ''],
      ['😀b', 'x', 'x'],
    ]);
    expect(describeSegments(text, [{ id: 'x', start: 0, end: 2 }])).toEqual([
      ['a😀', 'x', 'x'],
      ['b', '', ''],
    ]);
  });

  it('clamps spans that reach past the end and ignores empty, inverted or out-of-range ones', () => {
    const marks = [
      { id: 'tail', start: 3, end: 99 },
      { id: 'empty', start: 1, end: 1 },
      { id: 'inverted', start: 2, end: 1 },
      { id: 'beyond', start: 10, end: 12 },
    ];

    expect(describeSegments('hello', marks)).toEqual([
      ['hel', '', ''],
      ['lo', 'tail', 'tail'],
    ]);
  });

  it('returns one unmarked segment for a text without spans, and nothing for an empty text', () => {
    expect(describeSegments('plain', [])).toEqual([['plain', '', '']]);
    expect(splitIntoSegments('', [{ start: 0, end: 3 }])).toEqual([]);
  });
});

describe('clampSpan', () => {
  it('keeps valid spans as they are', () => {
    expect(clampSpan('hello', { start: 1, end: 4 })).toEqual({ start: 1, end: 4 });
  });

  it('detects an offset between the halves of a surrogate pair', () => {
    expect(splitsSurrogatePair('a😀b', 2)).toBe(true);
    expect(splitsSurrogatePair('a😀b', 1)).toBe(false);
    expect(splitsSurrogatePair('a😀b', 3)).toBe(false);
  });
});
