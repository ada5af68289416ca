import type { Platform, PostKind } from '@/types/screening';

/** What the author sends for a new post or an edit (the body of POST and PUT /api/posts). */
export type PostDraft = {
  text: string;
  platforms: Platform[];
  kind: PostKind;
  sponsored: boolean;
  scheduledAt: string | null;
  consentIds: string[];
  mediaDescriptions: string[];
  /** Connected accounts to publish on (none: each platform's default account). */
  accountIds: number[];
};

/** The inputs one screening depends on. */
export type ScreeningInput = {
  text: string;
  platforms: Platform[];
  kind: PostKind;
  sponsored: boolean;
  consentOnFile: boolean;
  mediaDescriptions: string[];
};
