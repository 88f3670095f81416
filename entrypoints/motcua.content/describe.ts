// A finding as text for people, in the browser's language.
import { browser } from 'wxt/browser';
import { messageFor } from '@/utils/rules/messages';
import type { FindingWire } from '@/utils/messaging';
import type { MessageKey } from '@/utils/i18n';

const translate = (key: string, subs?: string[]) => browser.i18n.getMessage(key as MessageKey, subs) || key;

export function describeFinding(finding: Pick<FindingWire, 'messageKey' | 'messageArgs'>): string {
  return messageFor(finding, translate);
}
