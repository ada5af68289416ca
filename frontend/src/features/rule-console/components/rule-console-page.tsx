import '../rule-console.css';
import { useCallback, useState } from 'react';
import type { CurrentUser } from '@/types/current-user';
import { DismissalRates } from './dismissal-rates';
import { PackTable } from './pack-table';
import { ReplayPanel } from './replay-panel';
import { TryItBox } from './try-it-box';
import { UploadForm } from './upload-form';

/** /rules: the rule packs, their examples, a try-it box, replay over stored posts, dismissal rates and upload. */
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
      <TryItBox />
      <ReplayPanel />
      <DismissalRates reloads={reloads} />
    </section>
  );
}
