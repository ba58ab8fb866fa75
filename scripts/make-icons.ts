/**
 * Draws the Teams app icons (appPackage/color.png and appPackage/outline.png): a rising bar chart
 * with a tick, for "results measured, actions done". Run it after changing the motif, then commit
 * the PNGs: `node --import tsx scripts/make-icons.ts`.
 *
 * Teams' rules, which the package tests also check:
 * - color.png is 192x192 on a solid square, with the symbol in the central ~96x96 so Teams' own
 *   cropping and rounding never clip it;
 * - outline.png is 32x32, and every pixel is either pure white or fully transparent. So it is drawn
 *   without anti-aliasing: Teams tints it, and a grey or half-transparent edge pixel fails validation.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';

type Rgba = readonly [number, number, number, number];
type Point = readonly [number, number];

interface Shape {
  readonly colour: Rgba;
  readonly contains: (x: number, y: number) => boolean;
}

function rect(x0: number, y0: number, x1: number, y1: number, colour: Rgba): Shape {
  return { colour, contains: (x, y) => x >= x0 && x < x1 && y >= y0 && y < y1 };
}

function distanceToSegment([x, y]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

function polyline(points: readonly Point[], halfWidth: number, colour: Rgba): Shape {
  return {
    colour,
    contains: (x, y) =>
      points.slice(1).some((end, i) => {
        const start = points[i];
        return start !== undefined && distanceToSegment([x, y], start, end) <= halfWidth;
      }),
  };
}

/**
 * Later shapes paint over earlier ones. `samples` > 1 anti-aliases by supersampling each pixel;
 * 1 keeps every pixel exactly one shape's colour (needed for the outline icon).
 */
function render(size: number, background: Rgba, shapes: readonly Shape[], samples: number): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const x = px + (sx + 0.5) / samples;
          const y = py + (sy + 0.5) / samples;
          let colour = background;
          for (const shape of shapes) if (shape.contains(x, y)) colour = shape.colour;
          for (let c = 0; c < 4; c += 1) sum[c] = (sum[c] ?? 0) + (colour[c] ?? 0);
        }
      }
      const offset = (py * size + px) * 4;
      for (let c = 0; c < 4; c += 1) png.data[offset + c] = Math.round((sum[c] ?? 0) / (samples * samples));
    }
  }
  return PNG.sync.write(png);
}

// NHS identity colours: NHS Blue background, white bars, Warm Yellow tick (strong contrast on blue).
const nhsBlue: Rgba = [0x00, 0x5e, 0xb8, 255];
const white: Rgba = [255, 255, 255, 255];
const warmYellow: Rgba = [0xff, 0xb8, 0x1c, 255];
const transparent: Rgba = [0, 0, 0, 0];

const colourIcon = render(
  192,
  nhsBlue,
  [
    rect(46, 125, 66, 149, white),
    rect(74, 113, 94, 149, white),
    rect(102, 101, 122, 149, white),
    polyline(
      [
        [80, 71],
        [98, 89],
        [140, 49],
      ],
      6,
      warmYellow,
    ),
  ],
  4,
);

const outlineIcon = render(
  32,
  transparent,
  [
    rect(2, 23, 8, 30, white),
    rect(10, 19, 16, 30, white),
    rect(18, 15, 24, 30, white),
    polyline(
      [
        [11, 7],
        [16, 12],
        [29, 1.5],
      ],
      1.6,
      white,
    ),
  ],
  1,
);

const appPackageDir = join(process.cwd(), 'appPackage');
writeFileSync(join(appPackageDir, 'color.png'), colourIcon);
writeFileSync(join(appPackageDir, 'outline.png'), outlineIcon);
console.log(`Wrote ${join(appPackageDir, 'color.png')} and ${join(appPackageDir, 'outline.png')}.`);
