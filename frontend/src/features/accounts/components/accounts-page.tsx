import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { listAccounts } from '@/api/accounts/list-accounts';
import { Button } from '@/components/ui/button';
import { ErrorAlert } from '@/components/ui/error-alert';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { isAbort } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { NETWORK_NAMES, NETWORKS, type Account, type Network } from '@/types/account';
import { PLATFORM_NAMES } from '@/types/screening';
import { connectAccount } from '../api/connect-account';
import { disconnectAccount } from '../api/disconnect-account';

type Loaded = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; accounts: Account[] };

/** What the platform account id is on each network (docs/publishing.md). */
const ACCOUNT_ID_HINTS: Record<Network, string> = {
  MASTODON: "the account's id on the instance; give the instance as API address",
  X: 'the numeric user id',
  FACEBOOK: 'the Page id',
  INSTAGRAM: 'the Instagram professional account id',
  LINKEDIN: 'the author URN, urn:li:organization:… or urn:li:person:…',
  YOUTUBE: 'the id of the video the posts go under as comments',
};

/** /accounts (admins): the connected platform accounts; connect one with a pasted token, disconnect one. */
export function AccountsPage() {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [reloads, setReloads] = useState(0);
  const [notice, setNotice] = useState<string>();
  const done = useCallback((message: string) => {
    setNotice(message);
    setReloads((count) => count + 1);
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    listAccounts(controller.signal).then(
      (accounts) => setLoaded({ status: 'ready', accounts }),
      (error: unknown) => {
        if (!isAbort(error)) setLoaded({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [reloads]);

  return (
    <section aria-labelledby="accounts-title">
      <h1 id="accounts-title">Accounts</h1>
      <p>
        The platform accounts posts go out on. Tokens are stored encrypted and never shown again. A platform without a
        connected account publishes through its default account (the sandbox on this set-up).
      </p>
      <p role="status" className="inbox__notice">
        {notice}
      </p>
      {loaded.status === 'loading' && <p role="status">Loading accounts…</p>}
      {loaded.status === 'error' && <ErrorAlert error={loaded.error} />}
      {loaded.status === 'ready' &&
        (loaded.accounts.length === 0 ? (
          <p>No account is connected.</p>
        ) : (
          <div className="table-scroll">
            <table className="data" aria-label="Connected accounts">
              <thead>
                <tr>
                  <th scope="col">Account</th>
                  <th scope="col">Network</th>
                  <th scope="col">Serves posts on</th>
                  <th scope="col">Platform account id</th>
                  <th scope="col">API address</th>
                  <th scope="col">Token</th>
                  <th scope="col">Connected</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {loaded.accounts.map((account) => (
                  <AccountRow key={account.id} account={account} onDisconnected={() => done(`Disconnected ${account.displayName}.`)} />
                ))}
              </tbody>
            </table>
          </div>
        ))}
      <ConnectForm onConnected={(account) => done(`Connected ${account.displayName} (account ${account.id}).`)} />
    </section>
  );
}

function AccountRow({ account, onDisconnected }: { account: Account; onDisconnected: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>();

  async function disconnect() {
    setError(undefined);
    try {
      await disconnectAccount(account.id);
      onDisconnected();
    } catch (failure) {
      setError(failure);
    }
  }

  return (
    <tr>
      <th scope="row">{account.displayName}</th>
      <td>{NETWORK_NAMES[account.network] ?? account.network}</td>
      <td>{PLATFORM_NAMES[account.platform] ?? account.platform}</td>
      <td>
        <code>{account.platformAccountId}</code>
      </td>
      <td>{account.apiBaseUrl ?? 'default'}</td>
      <td>{account.hasToken ? 'Stored (encrypted)' : 'None'}</td>
      <td>
        {formatDateTime(account.connectedAt)} by {account.connectedBy}
      </td>
      <td>
        {!confirming ? (
          <Button variant="secondary" className="button--small" onClick={() => setConfirming(true)} aria-label={`Disconnect ${account.displayName}`}>
            Disconnect
          </Button>
        ) : (
          <>
            <span>No longer offered to authors; its token is wiped; its publications stay on record.</span>
            <Button className="button--small" onClick={() => void disconnect()}>
              Confirm disconnect
            </Button>
            <Button variant="secondary" className="button--small" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
          </>
        )}
        {error !== undefined && <ErrorAlert error={error} />}
      </td>
    </tr>
  );
}

const EMPTY = { network: 'MASTODON' as Network, displayName: '', platformAccountId: '', apiBaseUrl: '', token: '' };

function ConnectForm({ onConnected }: { onConnected: (account: Account) => void }) {
  const [form, setForm] = useState(EMPTY);
  const [error, setError] = useState<unknown>();
  const [missing, setMissing] = useState('');
  const [busy, setBusy] = useState(false);
  const set = (field: keyof typeof EMPTY) => (event: { target: { value: string } }) => setForm((current) => ({ ...current, [field]: event.target.value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const needsAddress = form.network === 'MASTODON' && !form.apiBaseUrl.trim();
    if (!form.displayName.trim() || !form.platformAccountId.trim() || needsAddress) {
      setMissing(needsAddress ? 'Give a name, the platform account id and the Mastodon instance address.' : 'Give a name and the platform account id.');
      return;
    }
    setMissing('');
    setError(undefined);
    setBusy(true);
    try {
      const account = await connectAccount({
        network: form.network,
        displayName: form.displayName.trim(),
        platformAccountId: form.platformAccountId.trim(),
        ...(form.apiBaseUrl.trim() ? { apiBaseUrl: form.apiBaseUrl.trim() } : {}),
        ...(form.token ? { token: form.token } : {}),
      });
      setForm(EMPTY);
      onConnected(account);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} aria-labelledby="connect-title" className="panel">
      <h2 id="connect-title">Connect an account</h2>
      <SelectField
        label="Network"
        value={form.network}
        onChange={set('network')}
        options={NETWORKS.map((network) => ({ value: network, label: NETWORK_NAMES[network] }))}
      />
      <TextField label="Name" value={form.displayName} onChange={set('displayName')} maxLength={200} />
      <TextField label={`Platform account id (${ACCOUNT_ID_HINTS[form.network]})`} value={form.platformAccountId} onChange={set('platformAccountId')} maxLength={500} />
      <TextField label={form.network === 'MASTODON' ? 'API address (the instance, required)' : 'API address (optional)'} type="url" value={form.apiBaseUrl} onChange={set('apiBaseUrl')} maxLength={500} />
      <TextField label="Access token" type="password" autoComplete="off" value={form.token} onChange={set('token')} maxLength={4000} />
      {missing && <p role="alert">{missing}</p>}
      {error !== undefined && <ErrorAlert error={error} />}
      <Button type="submit" disabled={busy}>
        {busy ? 'Connecting…' : 'Connect account'}
      </Button>
    </form>
  );
}
