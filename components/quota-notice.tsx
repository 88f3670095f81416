// Told to the officer on the options page: the browser's storage was full, so the oldest resolved
// warnings (and old history rows) were deleted to keep the newest check (utils/db/quota.ts).
import { t } from '@/utils/i18n';

export interface QuotaNoticeView {
  at: number;
  warnings: number;
  seen: number;
}

export function QuotaNotice({ notice, formatTime }: { notice?: QuotaNoticeView; formatTime: (ms: number) => string }) {
  if (!notice) return null;
  return (
    <p role="status" class="note" data-testid="rel-quota-notice">
      {t('rel_quotaPurged', [String(notice.warnings), String(notice.seen), formatTime(notice.at)])}
    </p>
  );
}
