/** XLSX output: the national tables, the findings and the narrative as an Excel workbook. */
import { registerOutputFormat } from '../registry.js';
import { renderXlsx } from './render-xlsx.js';

export { renderXlsx, XLSX_SHEET_NAMES } from './render-xlsx.js';

registerOutputFormat({
  id: 'xlsx',
  label: 'Excel 工作簿（XLSX：三张表格、核查结果、正文与基本信息）',
  extension: 'xlsx',
  mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  render: (report, options) => renderXlsx(report, options),
});
