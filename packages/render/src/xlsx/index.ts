/** XLSX output: the national tables, the findings and the narrative as an Excel workbook. */
export { renderXlsx, XLSX_SHEET_NAMES } from './render-xlsx.js';
