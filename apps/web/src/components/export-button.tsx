import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../lib/message-key.ts';

/**
 * A button that builds and downloads a file (an .xlsx): busy while it works (a second press does
 * nothing), and an alert beside it if it fails. What to export is the caller's `onExport`.
 */
export function ExportButton({
  label,
  workingLabel,
  failedMessage,
  onExport,
}: {
  label: MessageKey;
  workingLabel: MessageKey;
  failedMessage: MessageKey;
  onExport: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'working' | 'failed'>('idle');
  async function run() {
    if (state === 'working') return;
    setState('working');
    try {
      await onExport();
      setState('idle');
    } catch {
      setState('failed');
    }
  }
  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => void run()}
        aria-disabled={state === 'working'}
      >
        {state === 'working' ? t(workingLabel) : t(label)}
      </button>
      {state === 'failed' ? (
        <p className="notice notice--error" role="alert">
          {t(failedMessage)}
        </p>
      ) : null}
    </>
  );
}
