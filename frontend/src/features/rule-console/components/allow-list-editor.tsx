import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { ErrorAlert } from '@/components/ui/error-alert';
import { TextareaField } from '@/components/ui/textarea-field';
import { ApiError } from '@/lib/api-error';
import { isAbort } from '@/lib/api-client';
import { useLeaveGuard } from '@/lib/use-leave-guard';
import { getAllowList, saveAllowList } from '../api/allow-list';
import type { AllowList, AllowListItem } from '../types';
import { PackChangeOutcome } from './pack-refusal';
import { usePackChange } from './use-pack-change';

type ListKey = keyof AllowList;

const LISTS: { key: ListKey; label: string; example: string }[] = [
  { key: 'phones', label: 'Phone numbers', example: '(555) 010-0100 # switchboard' },
  { key: 'emails', label: 'E-mail addresses', example: 'press@example-health.org' },
  { key: 'domains', label: 'Web domains (subdomains included)', example: 'example-health.org' },
  { key: 'addresses', label: 'Addresses', example: '200 Oak Street # main campus' },
  { key: 'names', label: 'Staff names (the staff directory)', example: 'Sarah Chen # ward manager' },
];

/** A note follows the entry on its line after " # ". */
const NOTE = ' # ';

export function toLines(items: AllowListItem[]): string {
  return items.map((item) => (item.note ? `${item.value}${NOTE}${item.note}` : item.value)).join('\n');
}

export function fromLines(text: string): AllowListItem[] {
  return text
    .split('\n')
    .map((line) => {
      const at = line.indexOf(NOTE);
      const value = (at < 0 ? line : line.slice(0, at)).trim();
      const note = at < 0 ? '' : line.slice(at + NOTE.length).trim();
      return note ? { value, note } : { value };
    })
    .filter((item) => item.value !== '');
}

type Texts = Record<ListKey, string>;

function texts(list: AllowList): Texts {
  return {
    phones: toLines(list.phones),
    emails: toLines(list.emails),
    domains: toLines(list.domains),
    addresses: toLines(list.addresses),
    names: toLines(list.names),
  };
}

/**
 * The organisation's own identifiers in a pack's allow list (hipaa-phi's): its switchboard and helplines, mailboxes,
 * domains, sites and staff directory, which are never findings. Saving makes a new version of the pack, validated
 * like any change: a refused list changes nothing.
 */
export function AllowListEditor({ packId, onSaved }: { packId: string; onSaved: () => void }) {
  const [saved, setSaved] = useState<Texts>();
  const [edited, setEdited] = useState<Texts>();
  const [missing, setMissing] = useState(false);
  const [loadError, setLoadError] = useState<unknown>();
  const { busy, notice, error, run } = usePackChange();
  const dirty = saved !== undefined && edited !== undefined && LISTS.some(({ key }) => saved[key] !== edited[key]);
  useLeaveGuard(dirty);

  useEffect(() => {
    const controller = new AbortController();
    getAllowList(packId, controller.signal)
      .then((list) => {
        if (!controller.signal.aborted) {
          setSaved(texts(list));
          setEdited(texts(list));
        }
      })
      .catch((failure: unknown) => {
        if (isAbort(failure) || controller.signal.aborted) {
          return;
        }
        if (failure instanceof ApiError && failure.status === 404) {
          setMissing(true);
        } else {
          setLoadError(failure);
        }
      });
    return () => controller.abort();
  }, [packId]);

  if (missing) {
    return null;
  }

  function save() {
    if (!edited) {
      return;
    }
    const list: AllowList = {
      phones: fromLines(edited.phones),
      emails: fromLines(edited.emails),
      domains: fromLines(edited.domains),
      addresses: fromLines(edited.addresses),
      names: fromLines(edited.names),
    };
    void run(async () => {
      const pack = await saveAllowList(packId, list);
      setSaved(texts(list));
      setEdited(texts(list));
      onSaved();
      return `Saved: ${packId} version ${pack.version} screens with this list now.`;
    });
  }

  return (
    <section aria-labelledby="allow-list-title" className="allow-list">
      <h2 id="allow-list-title">The organisation’s own identifiers</h2>
      <p>
        Numbers, mailboxes, domains, addresses and staff names listed here are never reported as a patient’s ({packId}). One
        entry a line; a note may follow after “ # ”. Saving makes a new version of the pack, checked against its examples: if
        it is refused, nothing changes.
      </p>
      {loadError !== undefined && <ErrorAlert error={loadError} />}
      {edited && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            save();
          }}
        >
          {LISTS.map(({ key, label, example }) => (
            <TextareaField
              key={key}
              label={label}
              hint={`e.g. ${example}`}
              rows={Math.min(8, Math.max(3, edited[key].split('\n').length + 1))}
              value={edited[key]}
              onChange={(event) => setEdited({ ...edited, [key]: event.target.value })}
            />
          ))}
          <Button type="submit" disabled={busy || !dirty}>
            {busy ? 'Saving…' : 'Save the allow list'}
          </Button>
        </form>
      )}
      <PackChangeOutcome notice={notice} error={error} />
    </section>
  );
}
