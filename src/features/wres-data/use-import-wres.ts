import { useCallback, useMemo, useRef, useState, type RefObject } from 'react';
import { useOperation, type OperationStatus } from '../../components/use-operation';
import { type WresInput, indicatorsGiven, mergeYears } from '../../domain/wres';
import { fileBytes } from '../../lib/files/download';
import { type ImportProblem, readYearFile } from '../../lib/files/wres-year-file';
import { messageOf, type Versioned } from '../../storage/ports';
import { usePlanData } from '../../app/plan-data';
import { newestStoredYear, storedYear, whyImportNotSaved } from './stored-years';
import { type TemplateDownloads, templateDownloads } from './wres-template-downloads';

/** Where choosing a file has got to; saving what it holds is an operation of its own. */
export type ImportStage =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading'; readonly fileName: string }
  | { readonly kind: 'unreadable'; readonly message: string }
  | { readonly kind: 'problems'; readonly fileName: string; readonly problems: readonly ImportProblem[]; readonly notes: readonly string[] }
  | {
      readonly kind: 'preview';
      readonly fileName: string;
      readonly input: WresInput;
      readonly notes: readonly string[];
      readonly replaces: Versioned<WresInput> | undefined;
    };

export type ImportPreview = Extract<ImportStage, { kind: 'preview' }>;

export interface ImportWresState {
  readonly stage: ImportStage;
  readonly canEdit: boolean;
  /** The newest stored year, which the Staff Survey template is set for. */
  readonly newest: WresInput | undefined;
  readonly downloads: TemplateDownloads;
  /** The file input, emptied once its file is saved or set aside. */
  readonly fileInput: RefObject<HTMLInputElement | null>;
  /** Keep the stored indicators that the file leaves out (rather than replace the whole year). */
  readonly keepOthers: boolean;
  readonly setKeepOthers: (keep: boolean) => void;
  /** Indicators stored for the year that the file leaves out. */
  readonly leftOut: readonly string[];
  /** What saving stores: the file's year, merged over the stored one when the others are kept. */
  readonly toSave: WresInput | undefined;
  readonly saving: OperationStatus<WresInput>;
  readonly choose: (file: File | undefined) => void;
  readonly save: () => void;
  readonly cancel: () => void;
}

/**
 * The state of the WRES file import: the chosen file read in the browser into problems or a
 * preview, and the confirmed year saved in one write at the version it was read at.
 */
export function useImportWres(): ImportWresState {
  const { snapshot, storage, canEdit, refresh } = usePlanData();
  const [stage, setStage] = useState<ImportStage>({ kind: 'idle' });
  const [keepOthers, setKeepOthers] = useState(true);
  const fileInput = useRef<HTMLInputElement>(null);
  const newest = newestStoredYear(snapshot?.wresYears);
  const pending = stage.kind === 'preview' ? stage : undefined;
  const leftOut = pending?.replaces === undefined ? [] : indicatorsGiven(pending.replaces.value).filter((id) => !indicatorsGiven(pending.input).includes(id));
  const toSave =
    pending === undefined ? undefined : pending.replaces !== undefined && keepOthers ? mergeYears(pending.replaces.value, pending.input) : pending.input;

  const year = pending?.input.year;
  const describe = useMemo(() => whyImportNotSaved(year ?? '', 'Choose the file again to see and replace their version.'), [year]);
  const saveYear = useCallback((input: WresInput, eTag: string | undefined) => storage.wres.saveYear(input, eTag).then(() => input), [storage]);
  const saving = useOperation(saveYear, describe);

  const clearFile = () => {
    if (fileInput.current) fileInput.current.value = '';
  };

  const choose = async (file: File) => {
    saving.reset();
    setStage({ kind: 'reading', fileName: file.name });
    setKeepOthers(true);
    try {
      const result = await readYearFile({ name: file.name, size: file.size, arrayBuffer: () => fileBytes(file) });
      if (result.ok) {
        const { input } = result;
        setStage({
          kind: 'preview',
          fileName: file.name,
          input,
          notes: result.notes,
          replaces: storedYear(snapshot?.wresYears, input.year, input.organisation.odsCode),
        });
      } else setStage({ kind: 'problems', fileName: file.name, problems: result.problems, notes: result.notes });
    } catch (error) {
      setStage({ kind: 'unreadable', message: `${file.name} could not be read: ${messageOf(error)}` });
    }
  };

  const save = async () => {
    if (pending === undefined || toSave === undefined || saving.busy) return;
    const result = await saving.run(toSave, pending.replaces?.eTag);
    // Saved or not, the preview has had its turn: a failure says to choose the file again.
    setStage({ kind: 'idle' });
    if (result.ok) clearFile();
    void refresh();
  };

  return {
    stage,
    canEdit,
    newest,
    downloads: templateDownloads(newest),
    fileInput,
    keepOthers,
    setKeepOthers,
    leftOut,
    toSave,
    saving: saving.status,
    choose: (file) => void (file === undefined ? undefined : choose(file)),
    save: () => void save(),
    cancel: () => {
      setStage({ kind: 'idle' });
      clearFile();
    },
  };
}
