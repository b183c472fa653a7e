/**
 * DOCX output: the report in the national format as a Word document (GB/T 9704 page and type,
 * the official template's merged cells), registered as the `docx` output format.
 */
import { registerOutputFormat } from '../registry.js';
import { renderDocx } from './render-docx.js';

export { renderDocx } from './render-docx.js';
export { columnWidths as docxColumnWidths, fitTable, type TableFit } from './table-fit.js';

registerOutputFormat({
  id: 'docx',
  label: 'Word 文档（DOCX，国家格式，GB/T 9704 版式）',
  extension: 'docx',
  mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  render: (report, options) => renderDocx(report, options),
});
