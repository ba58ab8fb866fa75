import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { countOutlineViolations, readPngSize } from '../../scripts/app-package/png-size';

const color = readFileSync(join(process.cwd(), 'appPackage/color.png'));
const outline = readFileSync(join(process.cwd(), 'appPackage/outline.png'));

function solidPng(size: number, rgba: readonly [number, number, number, number]): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let offset = 0; offset < png.data.length; offset += 4) rgba.forEach((value, c) => (png.data[offset + c] = value));
  return PNG.sync.write(png);
}

describe('app icons', () => {
  it('color.png is 192x192 on a solid, opaque square', () => {
    expect(readPngSize(color)).toEqual({ width: 192, height: 192 });
    const { data } = PNG.sync.read(color);
    // The corners carry the background colour; the symbol sits in the middle.
    const corners = [0, 191 * 4, 191 * 192 * 4, (192 * 192 - 1) * 4].map((offset) => Array.from(data.subarray(offset, offset + 4)));
    for (const corner of corners) expect(corner).toEqual(corners[0]);
    expect(corners[0]?.[3]).toBe(255);
  });

  it('outline.png is 32x32, only pure white or fully transparent, and not empty', () => {
    expect(readPngSize(outline)).toEqual({ width: 32, height: 32 });
    expect(countOutlineViolations(outline)).toBe(0);
    const { data } = PNG.sync.read(outline);
    let white = 0;
    for (let offset = 3; offset < data.length; offset += 4) if (data[offset] === 255) white += 1;
    expect(white).toBeGreaterThan(50);
    expect(white).toBeLessThan(32 * 32 - 50);
  });

  it('the outline check catches grey, coloured and half-transparent pixels', () => {
    expect(countOutlineViolations(solidPng(4, [255, 255, 255, 128]))).toBe(16);
    expect(countOutlineViolations(solidPng(4, [200, 200, 200, 255]))).toBe(16);
    expect(countOutlineViolations(solidPng(4, [0, 0, 0, 0]))).toBe(0);
  });

  it('readPngSize refuses a file that is not a PNG', () => {
    expect(() => readPngSize(Buffer.from('GIF89a, not a png at all'))).toThrow('not a PNG file');
  });
});
