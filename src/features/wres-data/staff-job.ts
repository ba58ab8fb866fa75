import type { ColumnMapping, EthnicCodeMapping, StaffAggregate, StaffFileKind } from '../../domain/wres';

/** One chosen file and how its columns are read. The file itself never leaves the device. */
export interface StaffFileJob {
  readonly kind: StaffFileKind;
  readonly file: File;
  /** The row holding the column names (0-based), as found when the header was read. */
  readonly headerRow: number;
  readonly mapping: ColumnMapping;
}

export interface StaffJob {
  readonly files: readonly StaffFileJob[];
  readonly ethnicCodeMapping: EthnicCodeMapping;
}

/** A file's column names, and a few first values of each, for the mapping screen. */
export interface StaffFileHeader {
  readonly headerRow: number;
  readonly header: readonly string[];
}

/** What one file added up to. Only counts: no row or cell of the file is kept. */
export interface StaffFileCounts {
  readonly kind: StaffFileKind;
  readonly fileName: string;
  readonly aggregate: StaffAggregate;
  /** Rows skipped because every mapped cell was blank (blank lines, report footers). */
  readonly blankRows: number;
  /** Rows by the first letter of their ethnic category ("" for blank), to check the mapping. */
  readonly letters: Readonly<Record<string, number>>;
}

export interface StaffJobProgress {
  readonly bytesDone: number;
  readonly bytesTotal: number;
  readonly rows: number;
  readonly fileName: string;
}

/** Thrown when the person cancels, so callers can tell a cancel from a failure. */
export class CancelledError extends Error {
  constructor() {
    super('Cancelled.');
    this.name = 'CancelledError';
  }
}
