import { findingKey, sortFindings } from '@/lib/findings';
import { stricterRoute, type Finding, type PackVersion, type Platform, type ScreeningResult } from '@/types/screening';

export type PlatformFinding = Finding & { platforms: Platform[] };

export type MergedScreening = {
  route: ScreeningResult['route'];
  fastTrackEligible: boolean;
  /** In reading order; a finding that several platforms report appears once, naming them. */
  findings: PlatformFinding[];
  packs: PackVersion[];
};

/** One post screened for each of its platforms, combined as the server combines them: the strictest route wins. */
export function mergeScreenings(results: ReadonlyArray<readonly [Platform, ScreeningResult]>): MergedScreening {
  const findings = new Map<string, PlatformFinding>();
  const packs = new Map<string, PackVersion>();
  let route: ScreeningResult['route'] = 'PASS';
  let fastTrackEligible = results.length > 0;
  for (const [platform, result] of results) {
    route = stricterRoute(route, result.route);
    fastTrackEligible &&= result.fastTrackEligible;
    for (const pack of result.packs) {
      packs.set(`${pack.id}@${pack.version}`, pack);
    }
    for (const finding of result.findings) {
      const key = findingKey(finding);
      const known = findings.get(key);
      if (known) {
        known.platforms.push(platform);
      } else {
        findings.set(key, { ...finding, platforms: [platform] });
      }
    }
  }
  return { route, fastTrackEligible, findings: sortFindings([...findings.values()]), packs: [...packs.values()] };
}
