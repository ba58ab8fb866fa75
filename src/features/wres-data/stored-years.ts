import type { WresInput } from '../../domain/wres';
import { ConflictError, describeStorageError, type Versioned } from '../../storage/ports';

/** The newest year stored, which new figures and templates start from. */
export function newestStoredYear(years: readonly Versioned<WresInput>[] | undefined): WresInput | undefined {
  return (years ?? []).map((stored) => stored.value).toSorted((a, b) => b.year - a.year)[0];
}

/** The stored version of a year for an organisation, which saving that year replaces. */
export function storedYear(years: readonly Versioned<WresInput>[] | undefined, year: number, odsCode: string): Versioned<WresInput> | undefined {
  return years?.find((stored) => stored.value.year === year && stored.value.organisation.odsCode === odsCode);
}

/** Why the figures were not saved: the shared wording, naming what the WRES pages change. */
export const whyFiguresNotSaved = (error: unknown): string => describeStorageError(error, { subject: "the plan's figures" });

/**
 * Why an import was not saved. Someone else saving the year meanwhile is said with the year and
 * what to do (`again`), since the import never overwrites a version it has not seen.
 */
export function whyImportNotSaved(year: number | string, again: string): (error: unknown) => string {
  return (error) =>
    error instanceof ConflictError
      ? `Someone changed the stored ${year} figures while you were importing, so nothing was saved. ${again}`
      : whyFiguresNotSaved(error);
}
