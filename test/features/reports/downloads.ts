import { readFileSync } from 'node:fs';
import { parseWresInput, type WresInput } from '../../../src/domain/wres';

export interface CapturedDownload {
  readonly fileName: string;
  readonly blob: Blob;
}

/**
 * Captures the files a page offers for download: jsdom has no object URLs, so they are stubbed,
 * and each `<a download>` click is recorded with the Blob behind it.
 */
export function captureDownloads(): { downloads: CapturedDownload[]; restore: () => void } {
  const downloads: CapturedDownload[] = [];
  const blobs = new Map<string, Blob>();
  let next = 0;
  const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${(next += 1)}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = () => undefined;
  const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ fileName: this.download, blob: blobs.get(this.href) as Blob });
  });
  return {
    downloads,
    restore: () => {
      URL.createObjectURL = original.create;
      URL.revokeObjectURL = original.revoke;
      click.mockRestore();
    },
  };
}

/** A Blob's bytes, through FileReader (jsdom's Blob has no arrayBuffer()). */
export function blobBytes(blob: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.addEventListener('load', () => resolve(reader.result as ArrayBuffer));
    reader.addEventListener('error', () => reject(reader.error));
    reader.readAsArrayBuffer(blob);
  });
}

export async function blobText(blob: Blob): Promise<string> {
  return new TextDecoder().decode(await blobBytes(blob));
}

/** The example trust's 2024 input from docs/. */
export function exampleYear(change: Partial<WresInput> = {}): WresInput {
  const parsed = parseWresInput({ ...JSON.parse(readFileSync('docs/wres-input.example.json', 'utf8')), ...change });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.value;
}
