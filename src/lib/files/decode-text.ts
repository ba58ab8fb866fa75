/** How a text file's bytes were read. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: 'utf-8' | 'windows-1252';
}

/**
 * Reads a text file's bytes as UTF-8 when they are valid UTF-8 (a byte order mark is dropped);
 * otherwise as Windows-1252, the encoding Excel uses for "CSV" on English Windows, so a name
 * such as "Hôpital" saved by Excel still reads correctly. The caller says which was used.
 */
export function decodeText(bytes: ArrayBuffer | Uint8Array): DecodedText {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
