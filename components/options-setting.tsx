// One setting on the options page: a titled group with where its value comes from (policy /
// officer / default / last good), a lock note when policy locks it, and a reset for officer values.
import type { ComponentChildren } from 'preact';
import { t } from '@/utils/i18n';

export type SourceName = 'policy' | 'officer' | 'default' | 'last-good';

const SOURCE_LABEL = {
  policy: 'opt_sourcePolicy',
  officer: 'opt_sourceOfficer',
  default: 'opt_sourceDefault',
  'last-good': 'opt_sourceLastGood',
} as const;

export function SourceBadge({ source }: { source: SourceName }) {
  return (
    <span class={`badge source-${source}`} data-testid="opt-source">
      {t(SOURCE_LABEL[source])}
    </span>
  );
}

export interface SettingProps {
  settingKey: string;
  title: string;
  help?: string;
  source: SourceName;
  locked: boolean;
  onReset?: () => void;
  children: ComponentChildren;
}

/** `<fieldset disabled>` disables every control inside at once, which is what a lock means. */
export function Setting({ settingKey, title, help, source, locked, onReset, children }: SettingProps) {
  const helpId = `help-${settingKey}`;
  return (
    <fieldset class="setting" data-testid={`opt-setting-${settingKey}`} data-source={source} data-locked={locked ? 'true' : 'false'} disabled={locked} aria-describedby={help ? helpId : undefined}>
      <legend>
        {title} <SourceBadge source={source} />
        {locked ? <span class="badge locked">{t('opt_locked')}</span> : null}
      </legend>
      {help ? <p id={helpId} class="help">{help}</p> : null}
      {source === 'policy' && !locked ? <p class="note">{t('opt_policyOverrides')}</p> : null}
      {children}
      {onReset && source === 'officer' && !locked ? (
        <button type="button" class="link" onClick={onReset}>
          {t('opt_reset')}
        </button>
      ) : null}
    </fieldset>
  );
}
