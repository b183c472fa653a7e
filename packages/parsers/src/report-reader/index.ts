export { readReport, readReportText } from './read-report.js';
export { readCellValue, type CellReading, type ValueRules } from './cell-value.js';
export { readHeading } from './headings.js';
