// The options page: every setting with where its value comes from, editable by the officer unless
// policy locks it; rejected values with reasons; the catalog in use; hosts needing access.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t, uiLanguage } from '@/utils/i18n';
import { RULE_IDS, DEFAULT_SEVERITY, MAX_CAPTURE_RETENTION_DAYS, type ConfigKey } from '@/utils/config';
import { bundledCatalog, importCatalogJson, formatImportError } from '@/utils/catalog';
import { Setting, type SourceName } from '@/components/options-setting';
import { ProblemsList } from '@/components/options-problems';
import { AssignmentsTable } from '@/components/options-assignments';
import { RulesTable } from '@/components/options-rules';
import { CatalogPanel } from '@/components/options-catalog';
import { HostsPanel, type HostView } from '@/components/options-hosts';
import { UnitFields, CheckboxField, NumberField, UrlField } from '@/components/options-general';
import { EraseCitizenData, type EraseCounts } from '@/components/erase-citizen-data';
import { QuotaNotice, type QuotaNoticeView } from '@/components/quota-notice';
import { browser } from 'wxt/browser';
import { QUOTA_NOTICE_KEY } from '@/utils/db/quota';
import { send } from '@/utils/service/send';
import { readPageData, watchPageData, saveOfficerOptions, saveImportedCatalog, readHosts, requestHost, type PageData } from './store';
import { applyDraft, draftFrom, refreshDraft, withoutKey, type Draft, type EditableKey } from './draft';

const KNOWN_FIELDS = [...new Set(bundledCatalog().procedures.map((p) => p.field.name))].sort((a, b) => a.localeCompare(b, 'vi'));
const formatTime = (ms: number) => new Date(ms).toLocaleString(uiLanguage());

export function OptionsApp() {
  const [data, setData] = useState<PageData>({ officer: {} });
  const [draft, setDraft] = useState<Draft>({});
  const [dirty, setDirty] = useState<Set<EditableKey>>(new Set());
  const [errors, setErrors] = useState<Partial<Record<EditableKey, string[]>>>({});
  const [saved, setSaved] = useState(false);
  const [hosts, setHosts] = useState<HostView[]>([]);
  const [importState, setImportState] = useState<{ errors: string[]; done?: string }>({ errors: [] });
  const dirtyRef = useDirtyRef(dirty);
  const [quota, setQuota] = useState<QuotaNoticeView | undefined>();
  useEffect(() => void browser.storage.local.get(QUOTA_NOTICE_KEY).then((got) => setQuota(got[QUOTA_NOTICE_KEY] as QuotaNoticeView | undefined)), []);

  useEffect(() => {
    const load = () => void readPageData().then((next) => {
      setData(next);
      if (next.merged) setDraft((d) => refreshDraft(d, next.merged!.config, dirtyRef.current));
      void readHosts(next.merged).then(setHosts);
    });
    load();
    return watchPageData(load);
  }, []);

  const merged = data.merged;
  if (!merged) return <p role="status">{t('opt_loading')}</p>;
  const source = (key: ConfigKey): SourceName => merged.sources[key] ?? 'default';
  const isLocked = (key: ConfigKey) => merged.locked.includes(key);
  const edit = <K extends EditableKey>(key: K, value: Draft[K]) => {
    setDraft({ ...draft, [key]: value });
    setDirty(new Set(dirty).add(key));
    setSaved(false);
  };
  const save = async () => {
    const result = applyDraft(data.officer, draft, dirty, merged);
    setErrors(result.errors);
    if (Object.keys(result.errors).length) return;
    await saveOfficerOptions(result.options);
    setDirty(new Set());
    setSaved(true);
  };
  const reset = (key: EditableKey) => () => void saveOfficerOptions(withoutKey(data.officer, key)).then(() => setDirty(new Set([...dirty].filter((k) => k !== key))));
  const onImport = async (file: File) => {
    const result = importCatalogJson(await file.text());
    if (!result.ok) return setImportState({ errors: result.errors.map(formatImportError) });
    await saveImportedCatalog({ catalog: result.catalog, fileName: file.name, importedAt: Date.now() });
    setImportState({ errors: [], done: t('opt_catalogImportOk', [file.name, String(result.catalog.procedures.length)]) });
  };
  const setting = (key: EditableKey, titleKey: Parameters<typeof t>[0], helpKey: Parameters<typeof t>[0] | undefined, body: ComponentChildren) => (
    <Setting settingKey={key} title={t(titleKey)} help={helpKey ? t(helpKey) : undefined} source={source(key)} locked={isLocked(key)} onReset={reset(key)}>
      {body}
      {errors[key]?.length ? <ul role="alert" class="error" data-testid={`opt-error-${key}`}>{errors[key]!.map((e, i) => <li key={i}>{e}</li>)}</ul> : null}
    </Setting>
  );

  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      {merged.config.lockSettings ? <p class="note" data-testid="opt-locked-note">{t('opt_lockedNote')}</p> : null}
      <section aria-labelledby="opt-problems-title">
        <h2 id="opt-problems-title">{t('opt_problemsTitle')}</h2>
        <ProblemsList problems={merged.problems} />
      </section>
      <form onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <h2>{t('opt_settingsTitle')}</h2>
        {setting('unit', 'opt_unitTitle', 'opt_unitHelp', <UnitFields value={draft.unit} onChange={(v) => edit('unit', v)} />)}
        {setting('fieldAssignments', 'opt_assignmentsTitle', 'opt_assignmentsHelp', <AssignmentsTable rows={draft.fieldAssignments ?? []} knownFields={KNOWN_FIELDS} onChange={(v) => edit('fieldAssignments', v)} />)}
        {setting('rules', 'opt_rulesTitle', 'opt_rulesHelp', <RulesTable ruleIds={RULE_IDS} defaults={DEFAULT_SEVERITY} value={draft.rules ?? {}} onChange={(v) => edit('rules', v)} />)}
        {setting('autofillEnabled', 'opt_autofillTitle', undefined, <CheckboxField label={t('opt_autofillLabel')} testId="opt-autofill" checked={draft.autofillEnabled ?? true} onChange={(v) => edit('autofillEnabled', v)} />)}
        {setting('retentionDays', 'opt_retentionTitle', 'opt_retentionHelp', <NumberField label={t('opt_retentionLabel', String(MAX_CAPTURE_RETENTION_DAYS))} testId="opt-retention" min={1} max={3650} value={draft.retentionDays ?? 180} onChange={(v) => edit('retentionDays', v)} />)}
        {setting('catalogUrl', 'opt_catalogUrlTitle', 'opt_catalogUrlHelp', <UrlField label={t('opt_catalogUrlLabel')} testId="opt-catalog-url" value={draft.catalogUrl} onChange={(v) => edit('catalogUrl', v)} />)}
        <button type="submit" data-testid="opt-save" disabled={!dirty.size}>{t('opt_save')}</button>
        {saved ? <span role="status" data-testid="opt-saved">{t('opt_saved')}</span> : null}
      </form>
      <CatalogPanel status={data.catalog} importedName={data.importedName} importErrors={importState.errors} importDone={importState.done} locked={isLocked('catalogUrl')} formatTime={formatTime} onImport={(f) => void onImport(f)} onRemoveImport={() => void saveImportedCatalog(undefined)} />
      <HostsPanel hosts={hosts} onGrant={(origin) => void requestHost(origin).then(() => readHosts(merged)).then(setHosts)} />
      <QuotaNotice notice={quota} formatTime={formatTime} />
      <EraseCitizenData onErase={() => send<EraseCounts>({ type: 'erase-citizen-data', confirm: true })} />
    </main>
  );
}

/** The load callback is created once; it reads the current dirty set through this ref. */
function useDirtyRef(dirty: Set<EditableKey>): { current: Set<EditableKey> } {
  const [ref] = useState<{ current: Set<EditableKey> }>(() => ({ current: dirty }));
  ref.current = dirty;
  return ref;
}
