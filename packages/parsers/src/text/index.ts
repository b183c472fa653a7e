export { textReader } from './text-reader.js';
export { textToSourceDocument } from './text-lines.js';
export { splitOneLine, isOneLineDocument } from './one-line.js';
export { binaryKind, looksBinary } from './binary-type.js';
