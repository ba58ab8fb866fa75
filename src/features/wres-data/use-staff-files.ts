import { useState } from 'react';
import { type ColumnMapping, type EthnicCodeMapping, type StaffFileKind, STAFF_FILE_KINDS, rememberedOrDetected, resolveColumns } from '../../domain/wres';
import { messageOf } from '../../storage/ports';
import { rememberColumns, rememberEthnicMapping, rememberedColumns, rememberedEthnicMapping } from './remembered-settings';
import type { PickedFile } from './staff-file-picker';
import type { StaffFileJob } from './staff-job';
import type { StaffRunner } from './staff-runner';

export interface StaffFiles {
  readonly picked: Partial<Record<StaffFileKind, PickedFile>>;
  readonly ethnicMapping: EthnicCodeMapping;
  /** The files whose columns have been read, as the jobs that count them. */
  readonly jobs: readonly StaffFileJob[];
  /** Mapped columns a file does not have, named with the file. */
  readonly mappingProblems: readonly string[];
  /** Every chosen file has been read, the staff-in-post file among them, and every mapping resolves. */
  readonly complete: boolean;
  readonly choose: (kind: StaffFileKind, file: File | undefined) => void;
  readonly setMapping: (kind: StaffFileKind, mapping: ColumnMapping) => void;
  readonly setEthnicMapping: (mapping: EthnicCodeMapping) => void;
  /** Remembers each file's column mapping on this device, for the next file with the same columns. */
  readonly rememberMappings: () => void;
}

/**
 * The chosen staff files and how their columns and ethnic codes are read. A file's column names
 * are read as it is chosen, and its mapping filled in from the remembered or detected one.
 * `onChange` is called on every change, since counts made before it no longer hold.
 */
export function useStaffFiles(runner: StaffRunner, onChange: () => void): StaffFiles {
  const [picked, setPicked] = useState<Partial<Record<StaffFileKind, PickedFile>>>({});
  const [ethnicMapping, setEthnicMapping] = useState<EthnicCodeMapping>(() => rememberedEthnicMapping());

  const choose = async (kind: StaffFileKind, file: File | undefined) => {
    onChange();
    if (file === undefined) {
      setPicked((current) => {
        const next = { ...current };
        delete next[kind];
        return next;
      });
      return;
    }
    setPicked((current) => ({ ...current, [kind]: { state: 'reading', file } }));
    let next: PickedFile;
    try {
      const header = await runner.readHeader(file);
      next = { state: 'ready', file, header, mapping: rememberedOrDetected(kind, header.header, rememberedColumns(kind)) };
    } catch (error) {
      next = { state: 'failed', file, message: `${file.name} could not be read: ${messageOf(error)}` };
    }
    // A newer choice for the same kind wins over this one.
    setPicked((current) => (current[kind]?.file === file ? { ...current, [kind]: next } : current));
  };

  const jobs = STAFF_FILE_KINDS.flatMap((kind): StaffFileJob[] => {
    const file = picked[kind];
    return file?.state === 'ready' ? [{ kind, file: file.file, headerRow: file.header.headerRow, mapping: file.mapping }] : [];
  });
  const mappingProblems = STAFF_FILE_KINDS.flatMap((kind) => {
    const file = picked[kind];
    if (file?.state !== 'ready') return [];
    const resolved = resolveColumns(kind, file.header.header, file.mapping);
    return resolved.ok ? [] : resolved.problems.map((problem) => `${file.file.name}: ${problem}`);
  });

  return {
    picked,
    ethnicMapping,
    jobs,
    mappingProblems,
    complete: picked.staff?.state === 'ready' && mappingProblems.length === 0 && STAFF_FILE_KINDS.every((kind) => picked[kind]?.state !== 'reading'),
    choose: (kind, file) => void choose(kind, file),
    setMapping: (kind, mapping) => {
      onChange();
      setPicked((current) => {
        const file = current[kind];
        return file?.state === 'ready' ? { ...current, [kind]: { ...file, mapping } } : current;
      });
    },
    setEthnicMapping: (mapping) => {
      onChange();
      setEthnicMapping(mapping);
      rememberEthnicMapping(mapping);
    },
    rememberMappings: () => {
      for (const job of jobs) rememberColumns(job.kind, job.mapping);
    },
  };
}
