import '../rule-console.css';
import { useCallback, useState } from 'react';
import type { CurrentUser } from '@/types/current-user';
import { AllowListEditor } from './allow-list-editor';
import { DismissalRates } from './dismissal-rates';
import { PackTable } from './pack-table';
import { ReplayPanel } from './replay-panel';
import { TryItBox } from './try-it-box';
import { UploadForm } from './upload-form';

/** The pack whose allow list holds the organisation's own identifiers. */
const ALLOW_LIST_PACK = 'hipaa-phi';

/**
 * /rules: the rule packs, their examples, a try-it box, replay over stored posts, dismissal rates, upload and the
 * organisation's own identifiers.
 */
export function RuleConsolePage({ user }: { user: CurrentUser }) {
  const [reloads, setReloads] = useState(0);
  const reload = useCallback(() => setReloads((count) => count + 1), []);
  const admin = user.groups.includes('rules-admins');
  return (
    <section aria-labelledby="rules-title" className="rule-console">
      <h1 id="rules-title">Rule packs</h1>
      <p>
        Each pack is a folder of rules with its own examples. A pack that does not compile or fails its examples is refused, and
        its previous version keeps screening.
      </p>
      <PackTable reloads={reloads} canChange={admin} onChanged={reload} />
      {admin && <UploadForm onUploaded={reload} />}
      {admin && <AllowListEditor packId={ALLOW_LIST_PACK} onSaved={reload} />}
      <TryItBox />
      <ReplayPanel />
      <DismissalRates reloads={reloads} />
    </section>
  );
}
