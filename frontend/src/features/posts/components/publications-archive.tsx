import { formatDateTime } from '@/lib/format';
import type { Account } from '@/types/account';
import { PUBLICATION_STATUS_LABELS, type Publication, type PublicationStatus } from '@/types/post';
import { PLATFORM_NAMES } from '@/types/screening';

function accountLabel(accountId: number | null, accounts: readonly Account[]): string {
  if (accountId === null) {
    return 'Default account';
  }
  const account = accounts.find((candidate) => candidate.id === accountId);
  return account ? account.displayName : `Account ${accountId}`;
}

function statusLabel(status: string): string {
  return PUBLICATION_STATUS_LABELS[status as PublicationStatus] ?? status;
}

function figure(value: number | null): string {
  return value === null ? '–' : String(value);
}

/** A publication's identity: one per platform and account (two accounts on one platform are two rows). */
export function publicationKey(publication: Publication): string {
  return `${publication.revision}-${publication.platform}-${publication.accountId ?? 'default'}`;
}

/** The archive of what went out where: one entry per publication, with exactly the text as published. */
export function PublicationsArchive({ publications, accounts }: { publications: readonly Publication[]; accounts: readonly Account[] }) {
  if (publications.length === 0) {
    return <p>Not published anywhere yet.</p>;
  }
  return (
    <ul className="publications" aria-label="Publications">
      {publications.map((publication) => {
        const where = `${PLATFORM_NAMES[publication.platform] ?? publication.platform}, ${accountLabel(publication.accountId, accounts)}`;
        const engagement = publication.engagement;
        return (
          <li key={publicationKey(publication)} aria-label={where} className="panel publications__item">
            <h3>
              {where}: {statusLabel(publication.status)}
            </h3>
            <dl className="facts">
              <dt>Published</dt>
              <dd>{publication.publishedAt ? formatDateTime(publication.publishedAt) : 'Not yet'}</dd>
              <dt>Link</dt>
              <dd>
                {publication.url ? (
                  <a href={publication.url} target="_blank" rel="noreferrer noopener">
                    {publication.url}
                  </a>
                ) : publication.externalId ? (
                  <code>{publication.externalId}</code>
                ) : (
                  'None'
                )}
              </dd>
              <dt>Revision, attempts</dt>
              <dd>
                {publication.revision}, {publication.attempts}
              </dd>
              {publication.lastError && (
                <>
                  <dt>Last error</dt>
                  <dd>
                    {publication.lastError}
                    {publication.permanentFailure && ' (permanent: no more retries; reconnect the account, then retry the incident)'}
                  </dd>
                </>
              )}
              {engagement && (
                <>
                  <dt>Engagement</dt>
                  <dd>
                    {figure(engagement.likes)} likes, {figure(engagement.shares)} shares, {figure(engagement.comments)} comments,{' '}
                    {figure(engagement.reach)} reach (as of {formatDateTime(engagement.fetchedAt)})
                  </dd>
                </>
              )}
            </dl>
            {publication.text !== null && (
              <>
                <p className="field__hint">Text as published:</p>
                <blockquote className="record__text">{publication.text}</blockquote>
              </>
            )}
            {publication.mediaDescriptions && publication.mediaDescriptions.length > 0 && (
              <p className="field__hint">Media as published: {publication.mediaDescriptions.join('; ')}</p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
