import { Checkbox } from '@/components/ui/checkbox';
import { NETWORK_NAMES, type Account } from '@/types/account';
import { PLATFORM_NAMES, type Platform } from '@/types/screening';
import type { AccountsState } from '../hooks/use-accounts';

type AccountPickerProps = {
  accounts: AccountsState;
  platforms: readonly Platform[];
  selected: readonly number[];
  disabled: boolean;
  onChange: (accountIds: number[]) => void;
};

/**
 * Which connected accounts the post goes out on, per chosen platform. Optional: a platform with none chosen goes
 * out on its default account (the sandbox on the embedded set-up).
 */
export function AccountPicker({ accounts, platforms, selected, disabled, onChange }: AccountPickerProps) {
  const listed: Account[] = accounts.status === 'ready' ? accounts.accounts : [];
  const unknown = selected.filter((id) => !listed.some((account) => account.id === id));
  const toggle = (id: number, on: boolean) =>
    onChange(on ? [...selected, id].sort((a, b) => a - b) : selected.filter((chosen) => chosen !== id));

  return (
    <fieldset className="composer__accounts" disabled={disabled}>
      <legend>Accounts (optional)</legend>
      {accounts.status === 'loading' && <p className="field__hint">Loading the connected accounts…</p>}
      {accounts.status === 'unavailable' && (
        <p className="field__hint">The connected accounts could not be loaded: the post goes out on each platform&apos;s default account.</p>
      )}
      {accounts.status === 'ready' &&
        platforms.map((platform) => {
          const offered = listed.filter((account) => account.platform === platform);
          return (
            <div key={platform} role="group" aria-label={`${PLATFORM_NAMES[platform]} accounts`}>
              <p className="field__hint">
                {PLATFORM_NAMES[platform]}
                {offered.length === 0 ? ': no connected account, the default account publishes.' : ' (none chosen: the default account publishes):'}
              </p>
              {offered.map((account) => (
                <Checkbox
                  key={account.id}
                  label={`${account.displayName} (${NETWORK_NAMES[account.network] ?? account.network})`}
                  checked={selected.includes(account.id)}
                  onChange={(event) => toggle(account.id, event.target.checked)}
                />
              ))}
            </div>
          );
        })}
      {accounts.status === 'ready' &&
        unknown.map((id) => (
          <Checkbox key={id} label={`Account ${id} (no longer connected: untick it)`} checked onChange={(event) => toggle(id, event.target.checked)} />
        ))}
    </fieldset>
  );
}
