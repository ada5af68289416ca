import { describe, expect, it } from 'vitest';
import { changedRegion, isReplacement, remapSpans, replaceExactly, replaceSpan, spansConflict } from './text-edits';

describe('replaceSpan', () => {
  it('replaces exactly text[start, end) and selects the replacement', () => {
    const text = 'Our therapy is guaranteed to cure arthritis.';

    const edit = replaceSpan(text, { start: 15, end: 33 }, 'can help treat');

    expect(edit.text).toBe('Our therapy is can help treat arthritis.');
    expect(edit.text.slice(edit.selection.start, edit.selection.end)).toBe('can help treat');
  });

  it('does not repeat words that already stand before the span', () => {
    const text = 'Congratulations to our patient John Smith who was discharged today';

    const edit = replaceSpan(text, { start: 31, end: 41 }, 'our patient');

    expect(edit.text).toBe('Congratulations to our patient who was discharged today');
    expect(edit.replaced).toEqual({ start: 19, end: 41 });
    expect(edit.selection).toEqual({ start: 19, end: 30 });
  });

  it('only treats whole words before the span as a repetition', () => {
    const text = 'Hello tour patient Ann';

    expect(replaceSpan(text, { start: 19, end: 22 }, 'our patient').text).toBe('Hello tour patient our patient');
  });

  it('works after emoji, whose offsets are UTF-16 code units', () => {
    const text = '🎉🎉 Welcome home, Jane Doe!';
    const start = text.indexOf('Jane');

    const edit = replaceSpan(text, { start, end: start + 8 }, 'our patient');

    expect(edit.text).toBe('🎉🎉 Welcome home, our patient!');
  });

  it('widens a span that cuts an emoji in half instead of leaving half a character', () => {
    const edit = replaceSpan('a😀b', { start: 2, end: 3 }, 'X');

    expect(edit.text).toBe('aXb');
  });
});

describe('isReplacement', () => {
  it.each([
    ['our patient', true],
    ['recently', true],
    ['highly effective in clinical studies (cite the study)', true],
    ['Remove the number.', false],
    ['Keep only if the consent covers the name; otherwise write "our patient".', false],
    ['', false],
    [null, false],
  ])('%j is a replacement: %s', (suggestion, expected) => {
    expect(isReplacement(suggestion)).toBe(expected);
  });
});

describe('remapSpans', () => {
  const findings = [
    { id: 'a', start: 0, end: 5 },
    { id: 'b', start: 10, end: 15 },
    { id: 'c', start: 20, end: 25 },
  ];

  it('shifts spans after an insertion and keeps those before it', () => {
    const from = 'aaaaa.....bbbbb.....ccccc';
    const to = 'aaaaa..XXX...bbbbb.....ccccc';

    const moved = remapSpans(from, to, findings);

    expect(moved.map(({ id, start, end }) => [id, start, end])).toEqual([
      ['a', 0, 5],
      ['b', 13, 18],
      ['c', 23, 28],
    ]);
    expect(moved.map((span) => to.slice(span.start, span.end))).toEqual(['aaaaa', 'bbbbb', 'ccccc']);
  });

  it('drops a span that the edit touched and shifts the ones after it back after a deletion', () => {
    const from = 'aaaaa.....bbbbb.....ccccc';
    const to = 'aaaaa.....b.....ccccc';

    expect(remapSpans(from, to, findings).map(({ id, start, end }) => [id, start, end])).toEqual([
      ['a', 0, 5],
      ['c', 16, 21],
    ]);
  });

  it('keeps a span when typing goes on right after it, and shifts it when typing happens right before it', () => {
    const from = 'aaaaa';
    expect(remapSpans(from, 'aaaaa!', [{ start: 0, end: 5 }])).toEqual([{ start: 0, end: 5 }]);
    expect(remapSpans(from, '!aaaaa', [{ start: 0, end: 5 }])).toEqual([{ start: 1, end: 6 }]);
  });

  it('returns the spans unchanged for the same text', () => {
    expect(remapSpans('same', 'same', findings)).toEqual(findings);
  });

  it('finds the changed region even when the texts share a prefix and a suffix around repeated letters', () => {
    expect(changedRegion('aaa', 'aaaa')).toEqual({ start: 3, fromEnd: 3, toEnd: 4 });
    expect(changedRegion('abc', 'axc')).toEqual({ start: 1, fromEnd: 2, toEnd: 2 });
  });
});

describe('replaceExactly', () => {
  it('replaces only the span, even when the words before already say the replacement', () => {
    expect(replaceExactly('our patient John', { start: 12, end: 16 }, 'our patient').text).toBe('our patient our patient');
    expect(replaceExactly('abc', { start: 1, end: 2 }, '').selection).toEqual({ start: 1, end: 1 });
  });
});

describe('spansConflict', () => {
  it('finds overlaps and an insertion touching another edit, but lets adjacent replacements be', () => {
    expect(spansConflict({ start: 0, end: 5 }, { start: 4, end: 8 })).toBe(true);
    expect(spansConflict({ start: 0, end: 5 }, { start: 5, end: 5 })).toBe(true);
    expect(spansConflict({ start: 0, end: 5 }, { start: 5, end: 8 })).toBe(false);
    expect(spansConflict({ start: 0, end: 5 }, { start: 6, end: 6 })).toBe(false);
  });
});
