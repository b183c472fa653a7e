export { textReader } from './text-reader.js';
export { textToSourceDocument, layOutText, type LineSink } from './text-lines.js';
export { splitOneLine, isOneLineDocument } from './one-line.js';
export { binaryKind, looksBinary } from './binary-type.js';
