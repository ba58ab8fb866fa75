import { z } from 'zod/mini';

/**
 * Characters that are invisible yet change what a reader sees: the bidirectional controls
 * (U+202A–U+202E embeddings and overrides, U+2066–U+2069 isolates, U+200E/U+200F marks, U+061C the
 * Arabic letter mark) and the zero-width characters (U+200B–U+200D, U+2060 word joiner, U+FEFF).
 * A right-to-left override makes "fdp.exe" read as "exe.pdf"; a zero-width space makes two equal
 * looking names differ. They are removed from stored text rather than shown, because the plan's
 * text also reaches SharePoint views, Power BI and the exported workbooks, where nothing could
 * show them; plain English plan text never needs them.
 */
const HIDDEN = /[\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/gu;

export function removeHiddenCharacters(text: string): string {
  return text.replace(HIDDEN, '');
}

export function hasHiddenCharacters(text: string): boolean {
  return text.replace(HIDDEN, '') !== text;
}

/** Text as it is stored: hidden characters removed, then trimmed. */
export const plainText = z.string().check(z.overwrite(removeHiddenCharacters), z.trim());

/** Stored text that must say something once hidden characters and spaces are gone. */
export const requiredPlainText = plainText.check(z.minLength(1));
