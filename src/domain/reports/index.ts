export { type Rag, RAG_WORDS, ragOf } from './rag';
export { MINUS, numberText, signedText } from './signed-text';
export { type IndicatorRow, figureText, changeText, englandText, indicatorRows } from './indicator-rows';
export { type SummaryFacts, boardSummary } from './summary';
