import type { ChartSeries } from './board-paper-data';
import type { PaperChart } from './board-paper-model';

const WIDTH = 600;
const HEIGHT = 280;
const PAD = 40;

/**
 * Draws one indicator's figure by year as a bar chart on a canvas and returns it as a PNG for the
 * paper, drawn at twice its printed size so it stays sharp. Undefined where the browser gives no
 * 2D canvas; the figures are in the table beside it anyway.
 */
export async function drawChart(series: ChartSeries): Promise<PaperChart | undefined> {
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH;
  canvas.height = HEIGHT;
  const context = canvas.getContext('2d');
  if (context === null) return undefined;
  const values = series.points.map((point) => point.value);
  const top = Math.max(0, ...values);
  const bottom = Math.min(0, ...values);
  const span = top - bottom || 1;
  const y = (value: number) => PAD + ((top - value) / span) * (HEIGHT - 2 * PAD);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, WIDTH, HEIGHT);
  context.font = '20px Arial';
  context.textAlign = 'center';
  const slot = (WIDTH - 2 * PAD) / series.points.length;
  series.points.forEach((point, i) => {
    const x = PAD + i * slot + slot * 0.2;
    context.fillStyle = '#005eb8'; // NHS blue
    context.fillRect(x, Math.min(y(point.value), y(0)), slot * 0.6, Math.abs(y(point.value) - y(0)) || 1);
    context.fillStyle = '#212b32';
    context.fillText(String(point.value), x + slot * 0.3, Math.min(y(point.value), y(0)) - 8);
    context.fillText(String(point.year), x + slot * 0.3, HEIGHT - 12);
  });
  context.strokeStyle = '#425563';
  context.beginPath();
  context.moveTo(PAD, y(0));
  context.lineTo(WIDTH - PAD, y(0));
  context.stroke();
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (blob === null) return undefined;
  const altText = `${series.measure}: ${series.points.map((point) => `${point.year} ${point.value}`).join('; ')}`;
  return { title: series.title, altText, png: new Uint8Array(await blob.arrayBuffer()), width: WIDTH / 2, height: HEIGHT / 2 };
}
