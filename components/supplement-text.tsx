// A ready text for "Yêu cầu bổ sung" listing exactly the missing components, to copy.
import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';

export function supplementText(missing: string[]): string {
  return [t('supplementIntro'), ...missing.map((name, i) => `${i + 1}. ${name}`)].join('\n');
}

export function SupplementText({ missing }: { missing: string[] }) {
  const [copied, setCopied] = useState(false);
  if (!missing.length) return null;
  const text = supplementText(missing);
  return (
    <details class="supplement" data-testid="supplement">
      <summary>{t('supplementTitle')}</summary>
      <textarea readOnly rows={Math.min(8, missing.length + 2)} aria-label={t('supplementTitle')} data-testid="supplement-text" value={text} />
      <button
        type="button"
        onClick={() => navigator.clipboard?.writeText(text).then(() => setCopied(true), () => setCopied(false))}
      >
        {copied ? t('supplementCopied') : t('supplementCopy')}
      </button>
    </details>
  );
}
