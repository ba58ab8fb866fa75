import type { CoverSheet } from '../../domain/board-paper';
import type { IsoDate } from '../../domain/shared';

/** Red, amber, green, blue (completed), or grey where there is no verdict: a row's shading, always said in words too. */
export type Rag = 'red' | 'amber' | 'green' | 'blue' | 'grey';

export interface PaperRow {
  readonly cells: readonly string[];
  /** Shades the table's RAG column of this row. */
  readonly rag?: Rag;
}

/** A table of the paper: its caption, header and rows; `ragColumn` is the column shaded by each row's RAG. */
export interface PaperTable {
  readonly caption: string;
  readonly header: readonly string[];
  readonly rows: readonly PaperRow[];
  readonly ragColumn?: number;
}

/** A chart drawn in the browser as a PNG, with words for those who cannot see it. */
export interface PaperChart {
  readonly title: string;
  readonly altText: string;
  readonly png: Uint8Array;
  /** Its size on the page, in pixels at 96 per inch. */
  readonly width: number;
  readonly height: number;
}

/** A titled part of the paper: sentences, then tables. */
export interface PaperSection {
  readonly heading: string;
  readonly paragraphs: readonly string[];
  readonly tables: readonly PaperTable[];
}

/**
 * Everything the board paper says, ready to lay out: the cover sheet, a one-paragraph summary,
 * the WRES indicators (landscape, with charts), progress by indicator, the EDS summary and what
 * changed since the last board. Made from the plan by `boardPaperModel`; laid out by `boardPaperDocx`.
 */
export interface BoardPaperModel {
  readonly organisation: string;
  readonly cover: CoverSheet;
  readonly preparedOn: IsoDate;
  readonly summary: string;
  readonly indicators: PaperSection;
  readonly charts: readonly PaperChart[];
  readonly progress: PaperSection;
  readonly eds: PaperSection;
  readonly changes: PaperSection;
}
