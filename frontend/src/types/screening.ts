/** The screening contract (DESIGN.md, "Screening contract"): what POST /api/screenings and a post's screening carry. */

export const PLATFORMS = ['FACEBOOK', 'INSTAGRAM', 'TWITTER', 'LINKEDIN', 'YOUTUBE'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const POST_KINDS = ['POST', 'REVIEW_REPLY', 'CRISIS_UPDATE'] as const;
export type PostKind = (typeof POST_KINDS)[number];

/** From the strictest to the most lenient, as the backend declares them. */
export const ROUTES = ['BLOCK', 'NEEDS_LEGAL', 'NEEDS_COMPLIANCE', 'PASS'] as const;
export type Route = (typeof ROUTES)[number];

export const CATEGORIES = [
  'PHI',
  'GDPR_HEALTH_DATA',
  'PATIENT_CONSENT',
  'REVIEW_RESPONSE_PHI',
  'MEDICAL_CLAIM',
  'TESTIMONIAL_DISCLAIMER',
  'ENDORSEMENT_DISCLOSURE',
  'MISINFORMATION',
  'PLATFORM_POLICY',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** From the least to the most serious. */
export const SEVERITIES = ['INFO', 'WARNING', 'HIGH', 'BLOCKER'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** `start`/`end` are UTF-16 code-unit offsets into the screened text (JavaScript string indexes), end exclusive. */
export type Finding = {
  ruleId: string;
  pack: string;
  category: Category;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  /** A replacement for the span that can be applied with one click; null when there is none. */
  suggestion: string | null;
  /** How to fix the post, for a person to read; null (or absent, in screenings stored before it existed) when none. */
  advice?: string | null;
};

export type PackVersion = { id: string; version: string };

export type ScreeningResult = {
  route: Route;
  fastTrackEligible: boolean;
  findings: Finding[];
  packs: PackVersion[];
};

export const PLATFORM_NAMES: Record<Platform, string> = {
  FACEBOOK: 'Facebook',
  INSTAGRAM: 'Instagram',
  TWITTER: 'X',
  LINKEDIN: 'LinkedIn',
  YOUTUBE: 'YouTube',
};

export const ROUTE_LABELS: Record<Route, string> = {
  BLOCK: 'Blocked',
  NEEDS_LEGAL: 'Needs legal',
  NEEDS_COMPLIANCE: 'Needs compliance',
  PASS: 'Pass',
};

export const KIND_LABELS: Record<PostKind, string> = {
  POST: 'Post',
  REVIEW_REPLY: 'Reply to a review',
  CRISIS_UPDATE: 'Crisis update',
};

/** A short name and a longer one, so a category never depends on colour alone. */
export const CATEGORY_LABELS: Record<Category, { short: string; long: string }> = {
  PHI: { short: 'PHI', long: 'Protected health information' },
  GDPR_HEALTH_DATA: { short: 'GDPR', long: 'Health data under GDPR' },
  PATIENT_CONSENT: { short: 'Consent', long: 'Patient consent missing' },
  REVIEW_RESPONSE_PHI: { short: 'Review reply', long: 'Review reply reveals care' },
  MEDICAL_CLAIM: { short: 'Claim', long: 'Medical claim' },
  TESTIMONIAL_DISCLAIMER: { short: 'Testimonial', long: 'Testimonial without disclaimer' },
  ENDORSEMENT_DISCLOSURE: { short: 'Disclosure', long: 'Sponsored content not disclosed' },
  MISINFORMATION: { short: 'Misinformation', long: 'Known false health claim' },
  PLATFORM_POLICY: { short: 'Platform', long: 'Platform policy' },
};

export function stricterRoute(a: Route, b: Route): Route {
  return ROUTES.indexOf(a) <= ROUTES.indexOf(b) ? a : b;
}

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}
