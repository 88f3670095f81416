// The simple settings: the unit served, auto-fill on/off, retention, and the catalog URL.
import { t } from '@/utils/i18n';

export interface UnitValue {
  name: string;
  province: string;
  code?: string;
}

export function UnitFields({ value, onChange }: { value: UnitValue | undefined; onChange: (v: UnitValue | undefined) => void }) {
  const v = value ?? { name: '', province: '' };
  const set = (patch: Partial<UnitValue>) => {
    const next = { ...v, ...patch };
    if (!next.code) delete next.code;
    onChange(next.name || next.province || next.code ? next : undefined);
  };
  return (
    <div class="grid">
      <label>
        {t('opt_unitName')} <input data-testid="opt-unit-name" value={v.name} onInput={(e) => set({ name: e.currentTarget.value })} />
      </label>
      <label>
        {t('opt_unitProvince')} <input data-testid="opt-unit-province" value={v.province} onInput={(e) => set({ province: e.currentTarget.value })} />
      </label>
      <label>
        {t('opt_unitCode')} <input data-testid="opt-unit-code" inputMode="numeric" value={v.code ?? ''} onInput={(e) => set({ code: e.currentTarget.value })} />
      </label>
    </div>
  );
}

export function CheckboxField({ label, checked, testId, onChange }: { label: string; checked: boolean; testId: string; onChange: (v: boolean) => void }) {
  return (
    <label>
      <input type="checkbox" data-testid={testId} checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} /> {label}
    </label>
  );
}

export function NumberField({ label, value, min, max, testId, onChange }: { label: string; value: number; min: number; max: number; testId: string; onChange: (v: number) => void }) {
  return (
    <label>
      {label} <input type="number" data-testid={testId} min={min} max={max} step={1} value={value} onInput={(e) => onChange(e.currentTarget.valueAsNumber)} />
    </label>
  );
}

export function UrlField({ label, value, testId, onChange }: { label: string; value: string | undefined; testId: string; onChange: (v: string | undefined) => void }) {
  return (
    <label>
      {label} <input type="url" data-testid={testId} placeholder="https://" value={value ?? ''} onInput={(e) => onChange(e.currentTarget.value.trim() || undefined)} />
    </label>
  );
}
