import type { Platform } from '@/types/screening';

/**
 * What each network accepts, as far as the composer can check before screening: how it counts a post's
 * length, its limit, and whether a post needs media. The server's screening stays the authority.
 */
export type PlatformRule = {
  limit: number;
  requiresMedia: boolean;
  /** How the network counts: X weighs characters (twitter-text v3); the others count code points. */
  counting: 'weighted' | 'code-points';
};

export const PLATFORM_RULES: Record<Platform, PlatformRule> = {
  FACEBOOK: { limit: 63_206, requiresMedia: false, counting: 'code-points' },
  INSTAGRAM: { limit: 2_200, requiresMedia: true, counting: 'code-points' },
  TWITTER: { limit: 280, requiresMedia: false, counting: 'weighted' },
  LINKEDIN: { limit: 3_000, requiresMedia: false, counting: 'code-points' },
  YOUTUBE: { limit: 5_000, requiresMedia: false, counting: 'code-points' },
};

/** Every link counts as a shortened t.co link on X. */
const URL_PATTERN = /https?:\/\/[^\s]+/gu;
const SHORT_URL_WEIGHT = 23;
const EMOJI = /\p{Extended_Pictographic}/u;
// twitter-text v3: these ranges (Latin, general punctuation) weigh 1, every other code point 2.
const LIGHT_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0, 4351],
  [8192, 8205],
  [8208, 8223],
  [8242, 8247],
];

function codePointWeight(codePoint: number): number {
  return LIGHT_RANGES.some(([low, high]) => codePoint >= low && codePoint <= high) ? 1 : 2;
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** X's weighted length: links 23, emoji (a whole sequence) 2, CJK and other heavy scripts 2, the rest 1. */
export function weightedLength(text: string): number {
  const normalized = text.normalize('NFC');
  let length = 0;
  const rest = normalized.replace(URL_PATTERN, () => {
    length += SHORT_URL_WEIGHT;
    return '';
  });
  for (const { segment } of graphemes.segment(rest)) {
    if (EMOJI.test(segment)) {
      length += 2;
    } else {
      for (const char of segment) {
        length += codePointWeight(char.codePointAt(0)!);
      }
    }
  }
  return length;
}

export function postLength(platform: Platform, text: string): number {
  return PLATFORM_RULES[platform].counting === 'weighted' ? weightedLength(text) : [...text].length;
}

export type PlatformProblem = { platform: Platform; message: string };

/** Problems that stop a post from going out on `platform` as it is. */
export function platformProblems(platform: Platform, text: string, mediaCount: number): PlatformProblem[] {
  const rule = PLATFORM_RULES[platform];
  const problems: PlatformProblem[] = [];
  const length = postLength(platform, text);
  if (length > rule.limit) {
    problems.push({
      platform,
      message: `${length - rule.limit} over the limit of ${rule.limit.toLocaleString('en')} characters.`,
    });
  }
  if (rule.requiresMedia && mediaCount === 0) {
    problems.push({ platform, message: 'Needs at least one photo or video: add it with a description.' });
  }
  return problems;
}
