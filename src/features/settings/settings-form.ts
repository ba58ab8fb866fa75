import { DEFAULT_SUPPRESSION_THRESHOLD, type SuppressionMethod } from '../../domain/exports';

import { checkWebAddress, HOSTED_LINKS } from '../../domain/shared';

/** The organisation settings a user can change, as typed into the form. */
export interface SettingsForm {
  organisationName: string;
  odsCode: string;
  /** How the organisation appears in the shared library, where others filter by them. */
  organisationType: string;
  region: string;
  /** Empty until the trust chooses: saving the other settings does not choose one for it. */
  edsFramework: 'eds2' | 'eds2022' | '';
  librarySite: string;
  suppressionThreshold: string;
  /** How the publication pack keeps small numbers out: the threshold above, or NHS Digital's 2018 rule. */
  suppressionMethod: SuppressionMethod;
}

export type SettingsErrors = Partial<Record<keyof SettingsForm, string>>;

/** Reads the stored settings into the form, with the defaults a new plan starts from (but no EDS framework: that is the trust's choice). */
export function settingsFormFrom(settings: Readonly<Record<string, string>>): SettingsForm {
  return {
    organisationName: settings.organisationName ?? '',
    odsCode: settings.odsCode ?? '',
    organisationType: settings.organisationType ?? '',
    region: settings.region ?? '',
    edsFramework: settings.edsFramework === 'eds2022' || settings.edsFramework === 'eds2' ? settings.edsFramework : '',
    librarySite: settings.librarySite ?? '',
    suppressionThreshold: settings.suppressionThreshold ?? String(DEFAULT_SUPPRESSION_THRESHOLD),
    suppressionMethod: settings.suppressionMethod === 'nhs-digital-2018' ? 'nhs-digital-2018' : 'threshold',
  };
}

/**
 * Checks the form; each message names the rule. ODS codes are 3 to 5 letters or digits (trusts
 * have three, sites five); published counts from 1 to below the threshold are suppressed, so it
 * must be a whole number of at least 1 (NHS England's guidance uses 5; some trusts choose 10). It
 * is checked whichever suppression method is chosen, so switching back finds a sound value.
 */
export function validateSettings(form: SettingsForm): SettingsErrors {
  const errors: SettingsErrors = {};
  if (form.organisationName.trim() === '') errors.organisationName = 'Enter the organisation name.';
  if (!/^[A-Z0-9]{3,5}$/.test(form.odsCode.trim().toUpperCase())) errors.odsCode = 'Enter the ODS code: 3 to 5 letters or digits, such as RXX.';
  // A site id ("host,guid,guid" or "host:/sites/name") has no scheme; anything written as an address must be a safe one.
  const library = form.librarySite.trim();
  const libraryAddress = /^[a-z][a-z0-9+.-]*:(?!\/[^/])/i.test(library) ? checkWebAddress(library, HOSTED_LINKS) : undefined;
  if (libraryAddress && !libraryAddress.ok) errors.librarySite = `Good-practice library site ${libraryAddress.problem}, or a site id.`;
  const threshold = Number(form.suppressionThreshold);
  if (!Number.isInteger(threshold) || threshold < 1 || threshold > 50) {
    errors.suppressionThreshold = 'Enter a whole number from 1 to 50.';
  }
  return errors;
}

/** The settings that differ from what is stored, ready to save key by key. */
export function changedSettings(form: SettingsForm, stored: Readonly<Record<string, string>>): [string, string][] {
  const next: Record<keyof SettingsForm, string> = {
    organisationName: form.organisationName.trim(),
    odsCode: form.odsCode.trim().toUpperCase(),
    organisationType: form.organisationType,
    region: form.region,
    edsFramework: form.edsFramework,
    librarySite: form.librarySite.trim(),
    suppressionThreshold: String(Number(form.suppressionThreshold)),
    suppressionMethod: form.suppressionMethod,
  };
  // A plan that never chose a method uses the threshold: choosing it again is no change.
  const storedValue = (key: string): string => stored[key] ?? (key === 'suppressionMethod' ? 'threshold' : '');
  return Object.entries(next).filter(([key, value]) => storedValue(key) !== value);
}
