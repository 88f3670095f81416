// A finding as text for people, in the browser's language.
// Uses resolveArgs-style translation without importing utils/rules/messages: that module also
// lists every rule's keys and so pulls the whole rule registry (and the catalog) into this
// content script. Same behaviour as messageFor: `@key` arguments are translated first.
import { browser } from 'wxt/browser';
import { ARG_KEY_PREFIX } from '@/utils/rules/finding';
import type { FindingWire } from '@/utils/messaging';
import type { MessageKey } from '@/utils/i18n';

const translate = (key: string, subs?: string[]) => browser.i18n.getMessage(key as MessageKey, subs) || key;

export function describeFinding(finding: Pick<FindingWire, 'messageKey' | 'messageArgs'>): string {
  const args = finding.messageArgs.map((a) => (a.startsWith(ARG_KEY_PREFIX) && a.length > 1 ? translate(a.slice(1)) : a));
  return translate(finding.messageKey, args);
}
