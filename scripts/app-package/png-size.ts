import { PNG } from 'pngjs';

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface PngSize {
  readonly width: number;
  readonly height: number;
}

/**
 * Reads the size from the IHDR chunk, which the PNG format requires to come first. The JSON schema
 * cannot check icon sizes, and Teams rejects a package whose icons are the wrong size.
 */
export function readPngSize(buffer: Buffer): PngSize {
  if (buffer.length < 24 || !buffer.subarray(0, 8).equals(pngSignature) || buffer.toString('ascii', 12, 16) !== 'IHDR') {
    throw new Error('not a PNG file');
  }
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

/**
 * Counts the pixels that break Teams' outline-icon rule: each pixel must be fully transparent or
 * opaque pure white, because Teams recolours the icon and anything else shows as a smudge.
 */
export function countOutlineViolations(buffer: Buffer): number {
  const { data } = PNG.sync.read(buffer);
  let violations = 0;
  for (let offset = 0; offset < data.length; offset += 4) {
    const alpha = data[offset + 3];
    if (alpha === 0) continue;
    const isOpaqueWhite = alpha === 255 && data[offset] === 255 && data[offset + 1] === 255 && data[offset + 2] === 255;
    if (!isOpaqueWhite) violations += 1;
  }
  return violations;
}
