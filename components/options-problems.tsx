// Rejected configuration values (policy or officer), each with the reason and what is used instead.
import { t } from '@/utils/i18n';

export interface ProblemView {
  key: string;
  from: 'policy' | 'officer';
  message: string;
  usingInstead: string;
}

export function ProblemsList({ problems }: { problems: ProblemView[] }) {
  if (!problems.length) return <p data-testid="opt-problems-none">{t('opt_problemsNone')}</p>;
  return (
    <ul class="problems" data-testid="opt-problems" role="list">
      {problems.map((p, i) => (
        <li key={`${p.key}-${i}`} data-testid="opt-problem" data-key={p.key} data-from={p.from}>
          <strong>{p.key}</strong> ({p.from === 'policy' ? t('opt_sourcePolicy') : t('opt_sourceOfficer')}): {p.message}
          <br />
          <span class="instead">{t('opt_usingInstead', p.usingInstead)}</span>
        </li>
      ))}
    </ul>
  );
}
