// The app's two icons, drawn in code so the package is reproducible from the brand colour alone:
// a compass (ring and needle pointing north-east). Teams wants a 192×192 colour icon (the mark on a
// solid background; Teams rounds the corners itself) and a 32×32 outline icon that is white on a
// transparent background and nothing else, so the outline icon has no anti-aliasing.
import { PNG } from 'pngjs';

type Rgba = readonly [number, number, number, number];
type Part = 'ring' | 'north' | 'south' | 'pivot';

export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;

/** Proportions of the mark, relative to the ring's outer radius; the small icon needs bolder ones. */
interface Mark {
  ringInner: number;
  needleLength: number;
  needleHalfWidth: number;
  pivotRadius: number;
}
const COLOR_MARK: Mark = { ringInner: 0.8, needleLength: 0.68, needleHalfWidth: 0.22, pivotRadius: 0.08 };
const OUTLINE_MARK: Mark = { ringInner: 0.8, needleLength: 0.62, needleHalfWidth: 0.3, pivotRadius: 0 };

/** Which part of the mark a point is on, in mark coordinates: the ring's outer radius is 1, y points down. */
function partAt(mark: Mark, x: number, y: number): Part | undefined {
  const r = Math.hypot(x, y);
  if (r <= 1 && r >= mark.ringInner) return 'ring';
  // Needle axis along the north-east diagonal.
  const along = (x - y) / Math.SQRT2;
  const across = (x + y) / Math.SQRT2;
  if (Math.abs(along) / mark.needleLength + Math.abs(across) / mark.needleHalfWidth <= 1) {
    if (r <= mark.pivotRadius) return 'pivot';
    return along >= 0 ? 'north' : 'south';
  }
  return undefined;
}

function hexToRgb(hex: string): [number, number, number] {
  const match = /^#([0-9a-fA-F]{2})([0-9a-fA-F]{2})([0-9a-fA-F]{2})$/.exec(hex);
  if (!match) throw new Error(`not a colour like #00509e: ${hex}`);
  return [parseInt(match[1], 16), parseInt(match[2], 16), parseInt(match[3], 16)];
}

const mix = (a: readonly number[], b: readonly number[], t: number): [number, number, number] =>
  [0, 1, 2].map((i) => Math.round(a[i] + (b[i] - a[i]) * t)) as [number, number, number];

/**
 * Renders size×size pixels; `markRadius` is the ring's outer radius as a fraction of the size.
 * Each pixel averages samples×samples points (samples = 1: the pixel's centre only, no blending).
 */
function render(size: number, mark: Mark, markRadius: number, samples: number, paint: (part: Part | undefined) => Rgba): Buffer {
  const data = Buffer.alloc(size * size * 4);
  const scale = markRadius * size;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples - size / 2) / scale;
          const y = (py + (sy + 0.5) / samples - size / 2) / scale;
          const colour = paint(partAt(mark, x, y));
          for (let c = 0; c < 4; c++) sum[c] += colour[c];
        }
      }
      const offset = (py * size + px) * 4;
      for (let c = 0; c < 4; c++) data[offset + c] = Math.round(sum[c] / (samples * samples));
    }
  }
  return data;
}

function encode(size: number, data: Buffer): Buffer {
  const png = new PNG({ width: size, height: size });
  data.copy(png.data);
  return PNG.sync.write(png, { colorType: 6 });
}

/** 192×192, opaque: a white compass on the brand colour, the needle's south half a lighter tint. */
export function drawColorIcon(brandColor: string): Buffer {
  const brand = hexToRgb(brandColor);
  const white = [255, 255, 255] as const;
  const tint = mix(brand, white, 0.55);
  const colours: Record<Part | 'background', Rgba> = {
    background: [...brand, 255],
    ring: [...white, 255],
    north: [...white, 255],
    south: [...tint, 255],
    pivot: [...brand, 255],
  };
  return encode(COLOR_ICON_SIZE, render(COLOR_ICON_SIZE, COLOR_MARK, 0.27, 4, (part) => colours[part ?? 'background']));
}

/** 32×32: every pixel either opaque white or fully transparent. */
export function drawOutlineIcon(): Buffer {
  const white: Rgba = [255, 255, 255, 255];
  const clear: Rgba = [0, 0, 0, 0];
  return encode(OUTLINE_ICON_SIZE, render(OUTLINE_ICON_SIZE, OUTLINE_MARK, 0.47, 1, (part) => (part === undefined ? clear : white)));
}
