import { describe, expect, it } from 'vitest';
import { tokenize, wordDiff, type DiffPart } from './word-diff';

const side = (parts: DiffPart[], keep: 'added' | 'removed') =>
  parts.filter((part) => part.kind === 'same' || part.kind === keep).map((part) => part.text).join('');

describe('wordDiff', () => {
  it('marks the words that changed and keeps the rest as they were', () => {
    expect(wordDiff('Our therapy is guaranteed to cure arthritis.', 'Our therapy can help treat arthritis.')).toEqual([
      { kind: 'same', text: 'Our therapy ' },
      { kind: 'removed', text: 'is guaranteed to cure' },
      { kind: 'added', text: 'can help treat' },
      { kind: 'same', text: ' arthritis.' },
    ]);
  });

  it('gives back both texts exactly, white space and line breaks included', () => {
    const before = 'Flu shots\n\non Saturday  at the main campus. Bring your card!';
    const after = 'Free flu shots\non Saturday and Sunday at the main campus.';
    const parts = wordDiff(before, after);
    expect(side(parts, 'removed')).toBe(before);
    expect(side(parts, 'added')).toBe(after);
  });

  it('reports no change for equal texts and everything for a first revision', () => {
    expect(wordDiff('Same text.', 'Same text.')).toEqual([{ kind: 'same', text: 'Same text.' }]);
    expect(wordDiff('', 'New post')).toEqual([{ kind: 'added', text: 'New post' }]);
  });

  it('splits into words and white space', () => {
    expect(tokenize('a  b\nc')).toEqual(['a', '  ', 'b', '\n', 'c']);
  });
});
