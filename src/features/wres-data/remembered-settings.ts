import {
  type ColumnMapping,
  type EthnicCodeMapping,
  type EthnicGroup,
  type StaffFileKind,
  DEFAULT_ETHNIC_CODE_MAPPING,
  STAFF_FILE_FIELDS,
} from '../../domain/wres';

/**
 * The column mappings and ethnic-code mapping are remembered on this device (localStorage), not in
 * the trust's SharePoint site: column names are part of the file, and no part of a staff file may
 * leave the device. Storage may be unavailable (private windows, blocked storage): then nothing
 * is remembered and nothing fails.
 */
const COLUMNS_KEY = 'race-equality-plan:staff-import:columns';
const ETHNIC_KEY = 'race-equality-plan:staff-import:ethnic-codes';

const GROUPS: readonly EthnicGroup[] = ['white', 'bme', 'unknown'];

/** Whether a value (remembered, or chosen in a drop-down) names one of the three groups. */
export const isEthnicGroup = (value: unknown): value is EthnicGroup => GROUPS.some((group) => group === value);

function readJson(key: string): unknown {
  try {
    const text = window.localStorage.getItem(key);
    return text === null ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

function writeJson(key: string, value: unknown): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage is full or blocked: the mapping is simply not remembered.
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The mapping remembered for a kind of file, if any (anything malformed is ignored). */
export function rememberedColumns(kind: StaffFileKind): ColumnMapping | undefined {
  const all = readJson(COLUMNS_KEY);
  const mine = isRecord(all) ? all[kind] : undefined;
  if (!isRecord(mine)) return undefined;
  // Only this kind's fields are ever used, so only they are read back.
  const mapping: ColumnMapping = {};
  for (const { field } of STAFF_FILE_FIELDS[kind]) {
    const name = mine[field];
    if (typeof name === 'string') mapping[field] = name;
  }
  return mapping;
}

export function rememberColumns(kind: StaffFileKind, mapping: ColumnMapping): void {
  const all = readJson(COLUMNS_KEY);
  writeJson(COLUMNS_KEY, { ...(isRecord(all) ? all : {}), [kind]: mapping });
}

/** The ethnic-code mapping in use: the remembered one, else the NHS Data Dictionary's. */
export function rememberedEthnicMapping(): EthnicCodeMapping {
  const stored = readJson(ETHNIC_KEY);
  if (!isRecord(stored)) return DEFAULT_ETHNIC_CODE_MAPPING;
  const valid: Record<string, EthnicGroup> = {};
  for (const [letter, group] of Object.entries(stored)) if (/^[A-Z]$/.test(letter) && isEthnicGroup(group)) valid[letter] = group;
  return Object.keys(valid).length === 0 ? DEFAULT_ETHNIC_CODE_MAPPING : valid;
}

export function rememberEthnicMapping(mapping: EthnicCodeMapping): void {
  writeJson(ETHNIC_KEY, mapping);
}
