// Systems on other hosts than the two defaults (set by policy or the officer): the extension may
// read those pages only after the officer grants access once. Explains why before asking.
import { t } from '@/utils/i18n';

export interface HostView {
  origin: string;
  systems: string[];
  granted: boolean;
}

export function HostsPanel({ hosts, onGrant }: { hosts: HostView[]; onGrant: (origin: string) => void }) {
  return (
    <section aria-labelledby="opt-hosts-title" data-testid="opt-hosts">
      <h2 id="opt-hosts-title">{t('opt_hostsTitle')}</h2>
      <p class="help">{t('opt_hostsHelp')}</p>
      {hosts.length ? (
        <ul>
          {hosts.map((h) => (
            <li key={h.origin} data-testid="opt-host" data-origin={h.origin} data-granted={h.granted ? 'true' : 'false'}>
              <code>{h.origin}</code> ({h.systems.join(', ')}):{' '}
              {h.granted ? (
                <span>{t('opt_hostGranted')}</span>
              ) : (
                <button type="button" onClick={() => onGrant(h.origin)}>{t('opt_hostGrant')}</button>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('opt_hostsNone')}</p>
      )}
    </section>
  );
}
