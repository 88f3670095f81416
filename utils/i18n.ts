// All user-facing text goes through here: the extension's i18n (Vietnamese default, English
// second). Unit tests get WXT's fake browser, whose getMessage the test setup fills from vi.
import { browser } from 'wxt/browser';
import type viMessages from '../public/_locales/vi/messages.json';

export type MessageKey = keyof typeof viMessages;

export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The UI language the browser resolved (for number and date formatting). */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage?.() || 'vi';
}
