// Minimal step detection used until the site adapters land: same URL for all steps, so the
// step is known by which named controls the page carries.
export type HkdPage = { kind: 'wizard-step'; step: string } | { kind: 'error' | 'result' | 'other' };

const STEP_CONTROLS: [string, string][] = [
  ['ctl00$C$myWizard$CtlType', 'type'],
  ['ctl00$C$GDT_CODEFld', 'search'],
  ['ctl00$C$ADDRCtl$CITY_IDFld', 'address'],
  ['ctl00$C$BLINECtl$NEW_CODEFld', 'lines'],
  ['ctl00$C$NAMECtl$NAMEFld', 'name'],
  ['ctl00$C$OWN_PCtl$PERSCtl$FULL_NAMEFld', 'owner'],
  ['ctl00$C$CAPCtl$CAPITALFld', 'capital'],
  ['ctl00$C$TAXCtl$START_DATEFld', 'tax'],
  ['ctl00$C$PERSCtl$FULL_NAMEFld', 'submitter'],
];

export function classifyHkdPage(doc: Document): HkdPage {
  const heading = doc.querySelector('h1, h2, title')?.textContent ?? '';
  if (/lỗi hệ thống/i.test(heading) || /lỗi hệ thống/i.test(doc.title)) return { kind: 'error' };
  for (const [name, step] of STEP_CONTROLS) {
    if (doc.getElementsByName(name).length) return { kind: 'wizard-step', step };
  }
  if (/mã số hộ kinh doanh/i.test(doc.body?.textContent ?? '')) return { kind: 'result' };
  return { kind: 'other' };
}

export function readHkdAccountName(doc: Document): string | undefined {
  const text = doc.querySelector('#ctl00_LoginName, .login-name, [id$="UserName"]')?.textContent?.trim();
  return text || undefined;
}
