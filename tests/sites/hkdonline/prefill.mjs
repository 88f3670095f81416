// What each block shows before its first save: defaults for a new registration (country and
// nationality Việt Nam), and for change flows the registered household's current values.
import { blocksFor, PREFIX } from './blocks.mjs';

function householdValues(geo, h) {
  const province = geo.findProvince(h.province);
  const ward = geo.findWard(province, h.ward);
  const docNo = String(h.ownerDocNumber ?? '');
  return {
    NAME: { 'ctl00$C$NAMECtl$NAMEFld': h.name ?? '' },
    ADDR: {
      'ctl00$C$ADDRCtl$CITY_IDFld': province?.id ?? '',
      'ctl00$C$ADDRCtl$WARD_IDFld': ward?.id ?? '',
      'ctl00$C$ADDRCtl$STREET_NUMBERFld': h.street ?? h.address ?? '',
    },
    OWNER: {
      [`${PREFIX.OWN}FULL_NAMEFld`]: h.ownerName ?? '',
      [`${PREFIX.OWN}PERS_DOC_NOFld`]: docNo,
      [`${PREFIX.OWN}DOC_TYPEFld`]: /^\d{12}$/.test(docNo) ? '1' : '',
    },
    CAP: { 'ctl00$C$CAPCtl$CAPITALFld': h.capital ? String(h.capital) : '' },
  };
}

const DEFAULTS = {
  ADDR: { 'ctl00$C$ADDRCtl$COUNTRY_IDFld': '704' },
  OWNER: { [`${PREFIX.OWN}NATIONALITY_IDFld`]: '704' },
  SUBMIT: { [`${PREFIX.SUB}SUBMITTER_TYPEFld`]: 'OWNER' },
};

/** { KEY: { values, rows } } for every block of the draft's workflow. */
export function initialBlocks(geo, draft) {
  const current = draft.household ? householdValues(geo, draft.household) : {};
  const h = draft.household;
  const source = Array.isArray(h?.businessLines) ? h.businessLines : h?.mainLine ? [{ ...h.mainLine, main: true }] : [];
  const lines = source.map((l) => ({ code: String(l.code ?? ''), name: String(l.name ?? ''), main: Boolean(l.main) }));
  const out = {};
  for (const key of blocksFor(draft.type, draft.amendTypes)) {
    out[key] = { values: { ...DEFAULTS[key], ...current[key] }, rows: key === 'BLINE' ? lines : [] };
  }
  return out;
}
