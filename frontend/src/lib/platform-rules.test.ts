import { describe, expect, it } from 'vitest';
import { platformProblems, postLength, weightedLength } from './platform-rules';

describe('weightedLength (X)', () => {
  it('counts Latin text one per character', () => {
    expect(weightedLength('Flu shots today')).toBe(15);
  });

  it('counts an emoji, even a joined sequence, as two', () => {
    expect(weightedLength('👍')).toBe(2);
    expect(weightedLength('👩‍⚕️')).toBe(2);
  });

  it('counts CJK characters as two and every link as 23', () => {
    expect(weightedLength('病院')).toBe(4);
    expect(weightedLength('See https://example.org/a/very/long/path/to/a/page')).toBe(4 + 23);
  });
});

describe('platformProblems', () => {
  it('reports a post over X\'s 280 limit, but not on Facebook', () => {
    const text = 'x'.repeat(281);

    expect(platformProblems('TWITTER', text, 0)).toEqual([
      { platform: 'TWITTER', message: '1 over the limit of 280 characters.' },
    ]);
    expect(platformProblems('FACEBOOK', text, 0)).toEqual([]);
    expect(platformProblems('TWITTER', 'x'.repeat(280), 0)).toEqual([]);
  });

  it('requires media on Instagram only', () => {
    expect(platformProblems('INSTAGRAM', 'hi', 0).map((problem) => problem.message)).toEqual([
      'Needs at least one photo or video: add it with a description.',
    ]);
    expect(platformProblems('INSTAGRAM', 'hi', 1)).toEqual([]);
    expect(platformProblems('LINKEDIN', 'hi', 0)).toEqual([]);
  });

  it('counts code points, not UTF-16 units, on the other networks', () => {
    expect(postLength('LINKEDIN', '😀😀')).toBe(2);
  });
});
