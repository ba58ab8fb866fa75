import type { Validated } from '../../domain/shared';
import {
  type StaffAggregate,
  type StaffAggregatesByFile,
  type StaffFileKind,
  type WresInput,
  combineStaffAggregates,
  indicatorsGiven,
  mergeYears,
  parseWresInput,
  staffFilesToInput,
} from '../../domain/wres';
import type { Versioned } from '../../storage/ports';
import type { StaffFileCounts } from './staff-job';
import { storedYear } from './stored-years';

/** The organisation and year the counts are stored under, as typed. */
export interface StaffImportAbout {
  readonly name: string;
  readonly odsCode: string;
  readonly year: string;
}

/** What the counted files would store, checked, and what they would replace. */
export interface StaffImportPlan {
  readonly aggregate: StaffAggregate;
  readonly year: number;
  /** The year already stored for this organisation, which saving replaces in part. */
  readonly stored: Versioned<WresInput> | undefined;
  /** The counts as a year, before they are merged over the stored one. */
  readonly imported: WresInput;
  /** What saving stores, validated. */
  readonly validated: Validated<WresInput>;
  /** Stored indicators the files do not give, which saving keeps. */
  readonly kept: readonly string[];
}

/** Each file's aggregate by its kind; undefined without the staff-in-post file, which every count needs. */
export function aggregatesByFile(counts: readonly StaffFileCounts[]): StaffAggregatesByFile | undefined {
  const staff = counts.find((file) => file.kind === 'staff');
  if (staff === undefined) return undefined;
  const others: Partial<Record<Exclude<StaffFileKind, 'staff'>, StaffAggregate>> = {};
  for (const file of counts) if (file.kind !== 'staff') others[file.kind] = file.aggregate;
  return { ...others, staff: staff.aggregate };
}

/**
 * What saving the counts would do: the year they give for the organisation typed, merged over the
 * year already stored for it (so indicators the files do not give are kept), and checked by the
 * domain's rules before anything can be saved.
 */
export function planStaffImport(
  counts: readonly StaffFileCounts[],
  about: StaffImportAbout,
  wresYears: readonly Versioned<WresInput>[],
): StaffImportPlan | undefined {
  const byKind = aggregatesByFile(counts);
  if (byKind === undefined) return undefined;
  const year = Number(about.year);
  const odsCode = about.odsCode.trim();
  const stored = storedYear(wresYears, year, odsCode);
  const imported = staffFilesToInput(byKind, { organisation: { name: about.name.trim(), odsCode }, year });
  const given = indicatorsGiven(imported);
  return {
    aggregate: combineStaffAggregates(byKind),
    year,
    stored,
    imported,
    validated: parseWresInput(stored === undefined ? imported : mergeYears(stored.value, imported)),
    kept: stored === undefined ? [] : indicatorsGiven(stored.value).filter((id) => !given.includes(id)),
  };
}
