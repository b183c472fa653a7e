import { DownloadOutlined } from '@ant-design/icons';
import { Button, Dropdown, type MenuProps } from 'antd';
import type { ExportFormat } from '../api/types.js';

/** The export formats in menu order, with their Chinese names. */
export const EXPORT_FORMATS: readonly { format: ExportFormat; label: string }[] = [
  { format: 'docx', label: 'Word 文档（DOCX）' },
  { format: 'pdf', label: 'PDF 文件' },
  { format: 'xlsx', label: 'Excel 表格（XLSX）' },
  { format: 'html', label: '网页（HTML）' },
  { format: 'md', label: 'Markdown 文本' },
  { format: 'json', label: 'JSON 数据' },
];

/**
 * A download menu: each format is a plain link, so the browser downloads the file with the
 * server's Chinese file name and the session cookie, and no page state is lost.
 */
export function ExportMenu({
  urlOf,
  label = '导出',
  size,
}: {
  urlOf: (format: ExportFormat) => string;
  label?: string;
  size?: 'small' | 'middle';
}) {
  const items: MenuProps['items'] = EXPORT_FORMATS.map(({ format, label: text }) => ({
    key: format,
    label: (
      <a href={urlOf(format)} download data-export={format}>
        {text}
      </a>
    ),
  }));
  return (
    <Dropdown menu={{ items }} trigger={['click']}>
      <Button icon={<DownloadOutlined />} size={size}>
        {label}
      </Button>
    </Dropdown>
  );
}
