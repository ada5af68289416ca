import type { Finding, PackVersion, Route } from '@/types/screening';

/** GET /api/rule-packs: `version` screens now; `error` says why the newest version on disk was refused. */
export type RulePack = {
  id: string;
  name?: string | null;
  version: string;
  enabled: boolean;
  status: 'ACTIVE' | 'REFUSED';
  error: string | null;
};

export type ExampleResult = { file: string; name: string; passed: boolean; problem: string | null };

/** The examples of a pack as it is on disk now; `error` when the pack does not compile (then no results). */
export type ExampleRun = {
  pack: string;
  version: string;
  passed: number;
  failed: number;
  error: string | null;
  results: ExampleResult[];
};

export type PostReplay = {
  postId: number;
  revision: number;
  screenedRevision: number | null;
  storedRoute: Route | null;
  currentRoute: Route;
  storedPacks: PackVersion[];
  currentPacks: PackVersion[];
  appeared: Finding[];
  disappeared: Finding[];
};

export type Replay = {
  days: number;
  since: string;
  posts: number;
  changed: number;
  packs: PackVersion[];
  results: PostReplay[];
};

export type DismissalRate = { pack: string; ruleId: string; findings: number; dismissals: number; rate: number };

/** One entry of a pack's allow list and the note kept beside it in allowlist.yaml. */
export type AllowListItem = { value: string; note?: string | null };

/** GET/PUT /api/rule-packs/{id}/allowlist: the organisation's own identifiers, never findings. */
export type AllowList = {
  phones: AllowListItem[];
  emails: AllowListItem[];
  domains: AllowListItem[];
  addresses: AllowListItem[];
  names: AllowListItem[];
};
