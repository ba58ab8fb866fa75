/**
 * Saves a file made in the browser: a Blob behind an object URL, clicked through a temporary
 * `<a download>`. Nothing is sent anywhere; the URL is revoked once the browser has it.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A file name part made safe: letters, digits and hyphens. */
export function fileNamePart(text: string): string {
  return (
    text
      .trim()
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'export'
  );
}

/**
 * A chosen file's bytes. Browsers give them with `Blob.arrayBuffer()`; a FileReader is the
 * fallback for older engines (and jsdom).
 */
export function fileBytes(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.addEventListener('load', () => {
      // readAsArrayBuffer gives an ArrayBuffer; a string or null would mean another kind of read.
      const { result } = reader;
      if (result === null || typeof result === 'string') reject(new Error('The file could not be read.'));
      else resolve(result);
    });
    reader.addEventListener('error', () => reject(reader.error ?? new Error('The file could not be read.')));
    reader.readAsArrayBuffer(file);
  });
}
