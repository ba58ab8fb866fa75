import JSZip from 'jszip';
import { boardPaperDocx } from '../../../src/features/reports/board-paper-docx';
import type { BoardPaperModel } from '../../../src/features/reports/board-paper-model';

// A 1×1 PNG: the browser draws the real charts on a canvas; here any valid picture will do.
const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'));

const section = (heading: string, sentence: string) => ({ heading, paragraphs: [sentence], tables: [] });

const model: BoardPaperModel = {
  organisation: 'Synthetic NHS Trust',
  cover: {
    title: 'Race equality report 2024',
    meeting: 'Trust Board (public)',
    meetingDate: '2027-01-14',
    author: 'Director of People',
    purpose: 'For assurance',
    recommendation: 'The Board is asked to note the results.',
    risks: '',
    assuranceLinks: 'BAF 3: workforce',
  },
  preparedOn: '2026-12-02',
  summary: '2 of 3 indicators adverse; 1 action overdue.',
  indicators: {
    heading: 'WRES indicators',
    paragraphs: [],
    tables: [
      {
        caption: 'The WRES indicators, 2024',
        header: ['Indicator', 'Figure', 'Change', 'England', 'Verdict', 'RAG'],
        ragColumn: 5,
        rows: [
          { cells: ['1 Senior BME staff', '12.9%', '+0.7 pp', '10.2%', 'Adverse', 'Red'], rag: 'red' },
          { cells: ['7 Harassment', '\u221212.1 pp', '\u22121.0 pp', '\u22128.0 pp', 'Non-adverse', 'Green'], rag: 'green' },
        ],
      },
    ],
  },
  charts: [{ title: 'Indicator 2 by year', altText: '2022: 1.60; 2023: 1.53', png: PNG, width: 300, height: 150 }],
  progress: section('Progress by indicator', 'Indicator 2: 3 actions.'),
  eds: section('Equality Delivery System', 'EDS 2022 review 2024, agreed.'),
  changes: section('What changed since the last board', 'Since 01/10/2026: 2 actions completed.'),
};

async function open(bytes: ArrayBuffer) {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  // The text a reader sees, run by run, and each table row's cells joined.
  const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(' ');
  return { zip, xml, text };
}

test('the paper opens as a Word document with the cover sheet, the indicators table with units and signs, and a chart picture', async () => {
  const { zip, xml, text } = await open(await boardPaperDocx(model));
  for (const value of ['Race equality report 2024', 'Trust Board (public)', '14/01/2027', 'Director of People', 'For assurance', 'BAF 3: workforce']) {
    expect(text).toContain(value);
  }
  expect(text).toContain('Risks None identified');
  expect(text).toContain('12.9%');
  expect(text).toContain('\u221212.1 pp');
  expect(text).toContain('+0.7 pp');
  expect(text).toContain('2 of 3 indicators adverse; 1 action overdue.');
  expect(Object.keys(zip.files).filter((name) => name.startsWith('word/media/') && name.endsWith('.png'))).toHaveLength(1);
  expect(xml).toContain('descr="2022: 1.60; 2023: 1.53"');
});

test('the wide tables are in a landscape section and RAG cells are shaded, the colour also in words', async () => {
  const { xml } = await open(await boardPaperDocx(model));
  expect(xml).toMatch(/<w:pgSz [^>]*w:orient="landscape"/);
  expect(xml).toContain('w:fill="F4C7C3"');
  expect(xml).toContain('w:fill="C9E7D3"');
});
