import { STAFF_GROUPS, bandOrder } from './bands';
import { type EthnicCodeMapping, type EthnicGroup, type GroupCounts, DEFAULT_ETHNIC_CODE_MAPPING, ethnicGroupOf } from './ethnicity';
import { type BandPlacement, placeRecord } from './esr-mapping';
import type { Indicator1Row, WresInput } from './input-schema';

/** One person in a staff-level extract. Flags left out count as false; `inWorkforce` as true. */
export interface StaffRecord {
  /** NHS ethnic category code; ESR extended codes ("C3") read by first letter; blank is Unknown. */
  readonly ethnicCode?: string | null;
  readonly band?: string | null;
  readonly staffGroup?: string | null;
  readonly clinical?: boolean;
  /** False for people who are not staff at 31 March (e.g. external applicants). */
  readonly inWorkforce?: boolean;
  readonly shortlisted?: boolean;
  /** Appointed from shortlisting; an appointed person counts as shortlisted too. */
  readonly appointed?: boolean;
  readonly enteredDisciplinary?: boolean;
  readonly accessedTraining?: boolean;
  readonly boardVoting?: boolean;
  readonly boardExecutive?: boolean;
}

export interface StaffAggregatorOptions {
  readonly ethnicCodeMapping?: EthnicCodeMapping;
  /** Where a record sits in indicator 1; defaults to {@link placeRecord}. */
  readonly placeRecord?: (staffGroup: string, band: string, clinical: boolean) => BandPlacement | null;
}

/** Counts from a staff-level extract, ready to become a `WresInput`. */
export interface StaffAggregate {
  readonly records: number;
  /** Workforce records whose band could not be placed: in headcounts, not in indicator 1. */
  readonly unplacedBand: number;
  readonly indicator1Rows: readonly Indicator1Row[];
  readonly headcount: GroupCounts;
  readonly shortlisted: GroupCounts;
  readonly appointed: GroupCounts;
  readonly enteredDisciplinary: GroupCounts;
  readonly accessedTraining: GroupCounts;
  readonly boardVoting: GroupCounts;
  readonly boardExecutive: GroupCounts;
}

export interface StaffAggregator {
  /** Adds one record. Nothing about it is kept beyond the counts. */
  addRow(record: StaffRecord): void;
  /** Adds a chunk of records (e.g. one parsed CSV chunk). */
  add(records: Iterable<StaffRecord>): void;
  /** The counts so far; adding more afterwards carries on from them. */
  result(): StaffAggregate;
}

/** An ethnic group's place in a {@link Tally}: White, BME, Unknown. */
type GroupIndex = 0 | 1 | 2;

/** Counts of people by ethnic group, by {@link GroupIndex}: a fixed-length tuple, so every read is a number. */
type Tally = [number, number, number];

const GROUP_INDEX: Readonly<Record<EthnicGroup, GroupIndex>> = { white: 0, bme: 1, unknown: 2 };
const COUNTERS = ['headcount', 'shortlisted', 'appointed', 'enteredDisciplinary', 'accessedTraining', 'boardVoting', 'boardExecutive'] as const;
type Counter = (typeof COUNTERS)[number];

const emptyTally = (): Tally => [0, 0, 0];

function toCounts(tally: Tally): GroupCounts {
  return { white: tally[0], bme: tally[1], unknown: tally[2] };
}

/** An indicator 1 band that records were placed in, with its counts. */
interface PlacedBand extends BandPlacement {
  readonly tally: Tally;
}

/**
 * A streaming aggregator: feed it chunks in any order and size; the result equals one-shot
 * aggregation. Memory is constant per record: only fixed counters, a 128-entry table of ethnic
 * groups by a code's first character, and a small cache keyed by the distinct (band, staff group,
 * clinical) values seen, which is bounded by the band and staff-group lists, not by the number of
 * records. Records are read, never kept, so a caller may reuse one record object for every row.
 */
export function createStaffAggregator(options: StaffAggregatorOptions = {}): StaffAggregator {
  const mapping = options.ethnicCodeMapping ?? DEFAULT_ETHNIC_CODE_MAPPING;
  const place = options.placeRecord ?? placeRecord;
  const placements: PlacedBand[] = [];
  const counters: Readonly<Record<Counter, Tally>> = {
    headcount: emptyTally(),
    shortlisted: emptyTally(),
    appointed: emptyTally(),
    enteredDisciplinary: emptyTally(),
    accessedTraining: emptyTally(),
    boardVoting: emptyTally(),
    boardExecutive: emptyTally(),
  };
  let records = 0;
  let unplacedBand = 0;

  // Groups by a code's first character, for every ASCII character that trimming would not
  // remove: the same answer as ethnicGroupOf, without a map look-up per row. -1 leaves whitespace
  // to ethnicGroupOf itself, and so does the table's end (a non-ASCII first character).
  const byFirstChar = Array.from({ length: 128 }, (_, c): GroupIndex | -1 => {
    const char = String.fromCharCode(c);
    return char.trim() === char ? GROUP_INDEX[ethnicGroupOf(char, mapping)] : -1;
  });
  const blankGroup = GROUP_INDEX[ethnicGroupOf('', mapping)];

  function groupOf(code: string | null | undefined): GroupIndex {
    if (code === null || code === undefined) return GROUP_INDEX.unknown;
    if (code.length === 0) return blankGroup;
    const fast = byFirstChar[code.charCodeAt(0)];
    return fast === undefined || fast === -1 ? GROUP_INDEX[ethnicGroupOf(code, mapping)] : fast;
  }

  // Cache of placements: band → the staff groups seen with it, each with its [non-clinical,
  // clinical] band (null when the record cannot be placed). Bands are short, so hashing one per
  // row is cheap; the few staff groups per band are then told apart by comparison, which costs
  // less than hashing the long staff-group names of every row.
  interface Seen {
    readonly staffGroup: string;
    readonly slots: [PlacedBand | null | undefined, PlacedBand | null | undefined];
  }
  const placementCache = new Map<string, Seen[]>();

  function placementOf(record: StaffRecord): PlacedBand | null {
    const staffGroup = record.staffGroup ?? '';
    const band = record.band ?? '';
    const clinical = record.clinical === true ? 1 : 0;
    let seen = placementCache.get(band);
    if (seen === undefined) {
      seen = [];
      placementCache.set(band, seen);
    }
    let entry: Seen | undefined;
    for (const candidate of seen) {
      if (candidate.staffGroup === staffGroup) {
        entry = candidate;
        break;
      }
    }
    if (entry === undefined) {
      entry = { staffGroup, slots: [undefined, undefined] };
      seen.push(entry);
    }
    const slots = entry.slots;
    const cached = slots[clinical];
    if (cached !== undefined) return cached;
    const placed = place(staffGroup, band, clinical === 1);
    let found = placed === null ? null : (placements.find((p) => p.staffGroup === placed.staffGroup && p.band === placed.band) ?? null);
    if (placed !== null && found === null) {
      found = { staffGroup: placed.staffGroup, band: placed.band, tally: emptyTally() };
      placements.push(found);
    }
    slots[clinical] = found;
    return found;
  }

  function addRow(record: StaffRecord): void {
    records += 1;
    const g = groupOf(record.ethnicCode);
    if (record.inWorkforce !== false) {
      counters.headcount[g] += 1;
      const placement = placementOf(record);
      if (placement === null) unplacedBand += 1;
      else placement.tally[g] += 1;
      if (record.enteredDisciplinary === true) counters.enteredDisciplinary[g] += 1;
      if (record.accessedTraining === true) counters.accessedTraining[g] += 1;
    }
    if (record.shortlisted === true || record.appointed === true) counters.shortlisted[g] += 1;
    if (record.appointed === true) counters.appointed[g] += 1;
    if (record.boardVoting === true) counters.boardVoting[g] += 1;
    if (record.boardExecutive === true) counters.boardExecutive[g] += 1;
  }

  function result(): StaffAggregate {
    const indicator1Rows = placements
      .map((p): Indicator1Row => ({ staffGroup: p.staffGroup, band: p.band, ...toCounts(p.tally) }))
      .toSorted(
        (a, b) => STAFF_GROUPS.indexOf(a.staffGroup) - STAFF_GROUPS.indexOf(b.staffGroup) || bandOrder(a.staffGroup, a.band) - bandOrder(b.staffGroup, b.band),
      );
    return {
      records,
      unplacedBand,
      indicator1Rows,
      headcount: toCounts(counters.headcount),
      shortlisted: toCounts(counters.shortlisted),
      appointed: toCounts(counters.appointed),
      enteredDisciplinary: toCounts(counters.enteredDisciplinary),
      accessedTraining: toCounts(counters.accessedTraining),
      boardVoting: toCounts(counters.boardVoting),
      boardExecutive: toCounts(counters.boardExecutive),
    };
  }

  return {
    addRow,
    add(chunk) {
      for (const record of chunk) addRow(record);
    },
    result,
  };
}

const anyone = (counts: GroupCounts): boolean => counts.white + counts.bme + counts.unknown > 0;

/**
 * Turns aggregated counts into a `WresInput` for one organisation and year. An indicator is
 * included only when its data is present: indicator 1 when any band was placed; 2 when anyone
 * was shortlisted; 3 and 4 when there is a workforce (0 events is a real figure); 9 when anyone
 * sits on the board, with the whole headcount as its workforce. Staff-survey indicators 5–8 do
 * not come from staff records.
 */
export function staffAggregateToInput(aggregate: StaffAggregate, about: Pick<WresInput, 'organisation' | 'year'>): WresInput {
  const workforce = anyone(aggregate.headcount);
  return {
    schemaVersion: 1,
    organisation: about.organisation,
    year: about.year,
    ...(aggregate.indicator1Rows.length > 0 ? { indicator1: { rows: [...aggregate.indicator1Rows] } } : {}),
    ...(anyone(aggregate.shortlisted) ? { indicator2: { shortlisted: aggregate.shortlisted, appointed: aggregate.appointed } } : {}),
    ...(workforce ? { indicator3: { headcount: aggregate.headcount, entered: aggregate.enteredDisciplinary } } : {}),
    ...(workforce ? { indicator4: { headcount: aggregate.headcount, accessed: aggregate.accessedTraining } } : {}),
    ...(anyone(aggregate.boardVoting)
      ? {
          indicator9: {
            boardVoting: aggregate.boardVoting,
            ...(anyone(aggregate.boardExecutive) ? { boardExecutive: aggregate.boardExecutive } : {}),
            workforce: aggregate.headcount,
          },
        }
      : {}),
  };
}
