import { useState } from 'react';

/**
 * A change of a pack sent from a form: `busy` while it runs, then either the `notice` the change returns or its
 * `error` (each clears the other).
 */
export function usePackChange() {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<unknown>();

  async function run(change: () => Promise<string>) {
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    try {
      setNotice(await change());
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return { busy, notice, error, run };
}
