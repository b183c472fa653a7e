import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Table, Tag, Upload, type TableColumnsType } from 'antd';
import { useState } from 'react';
import {
  listCalendarYears,
  loadCalendarYear,
  type CalendarYearInfo,
  type RecomputedDeadline,
} from '../api/casework.js';
import { formatTime } from '../app/labels.js';
import { Link } from '../app/router.js';
import { useUser } from '../app/session.js';
import { useAsync } from '../app/use-async.js';
import { PageHeader } from '../report/page-header.js';
import './casework.css';

const YEAR_COLUMNS: TableColumnsType<CalendarYearInfo> = [
  { title: '年份', dataIndex: 'year', width: 80 },
  { title: '依据的通知', dataIndex: 'notice' },
  {
    title: '来源',
    dataIndex: 'source',
    width: 90,
    render: (s: CalendarYearInfo['source']) =>
      s === 'loaded' ? <Tag color="processing">管理员导入</Tag> : <Tag>内置</Tag>,
  },
  {
    title: '导入时间',
    key: 'loaded',
    width: 200,
    responsive: ['md'],
    render: (_: unknown, y) =>
      y.loadedAt ? `${formatTime(y.loadedAt)}${y.loadedBy ? `（${y.loadedBy}）` : ''}` : '—',
  },
];

const CHANGED_COLUMNS: TableColumnsType<RecomputedDeadline> = [
  {
    title: '编号',
    dataIndex: 'number',
    width: 140,
    render: (n: string, r) => (
      <Link to={`/casework/applications/${encodeURIComponent(r.applicationId)}`}>{n}</Link>
    ),
  },
  { title: '机关', dataIndex: 'agencyName' },
  { title: '原答复期限', dataIndex: 'oldDue', width: 120, render: (d: string | null) => d ?? '—' },
  { title: '新答复期限', dataIndex: 'newDue', width: 120, render: (d: string | null) => d ?? '—' },
];

/** Reads a chosen file as JSON, or fails with a message naming the file. */
async function readJson(file: File): Promise<unknown> {
  const text = await file.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Error(`「${file.name}」不是有效的 JSON 文件。`);
  }
}

/**
 * 节假日安排: the years of the working-day calendar and the notice each follows. An
 * administrator loads a new year (the State Council's notice comes out each November); open
 * deadlines are then recomputed and the changes listed.
 */
export default function CalendarPage() {
  const user = useUser();
  const { message } = App.useApp();
  const years = useAsync(() => listCalendarYears(), []);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<Awaited<ReturnType<typeof loadCalendarYear>> | null>(null);

  const onFile = async (file: File) => {
    setLoading(true);
    setError(null);
    setResult(null);
    try {
      const loaded = await loadCalendarYear(await readJson(file));
      setResult(loaded);
      message.success(`已导入 ${loaded.year} 年节假日安排`);
      years.reload();
    } catch (e) {
      setError(e instanceof Error ? e.message : '导入失败，请稍后重试。');
    } finally {
      setLoading(false);
    }
  };

  const sorted = [...(years.data?.years ?? [])].sort((a, b) => b.year - a.year);

  return (
    <div className="page">
      <PageHeader
        title="节假日安排"
        subtitle="计算答复期限所用的工作日历（按国务院办公厅每年的节假日安排通知）"
      />
      {user.role === 'admin' && (
        <Card title="导入新一年的安排" size="small" className="block-gap">
          <p className="muted">
            选择 JSON
            文件：年份、所依据的通知、放假日期和调休上班日期（格式与内置年份相同）。导入后，所有办理中案件的答复期限将重新计算，变化记入审计日志。
          </p>
          <Upload
            accept=".json,application/json"
            showUploadList={false}
            beforeUpload={(file) => {
              void onFile(file);
              return false;
            }}
            disabled={loading}
          >
            <Button icon={<UploadOutlined />} loading={loading}>
              选择 JSON 文件导入
            </Button>
          </Upload>
          {error && (
            <Alert
              type="error"
              showIcon
              className="import-rejected"
              title="导入失败"
              description={error}
            />
          )}
          {result && (
            <div className="import-rejected">
              <Alert
                type="success"
                showIcon
                className="block-gap"
                title={`已导入 ${result.year} 年的安排：重新计算了 ${result.recomputed} 件办理中案件的期限，其中 ${result.changed.length} 件期限有变化。`}
              />
              {result.changed.length > 0 && (
                <Table<RecomputedDeadline>
                  className="casework-table"
                  aria-label="期限有变化的案件"
                  rowKey="applicationId"
                  size="small"
                  columns={CHANGED_COLUMNS}
                  dataSource={result.changed}
                  pagination={result.changed.length > 20 ? { pageSize: 20 } : false}
                  scroll={{ x: 'max-content' }}
                />
              )}
            </div>
          )}
        </Card>
      )}
      {years.error && (
        <Alert type="error" showIcon title="无法读取工作日历" description={years.error.message} />
      )}
      <Table<CalendarYearInfo>
        className="casework-table"
        rowKey="year"
        size="middle"
        loading={years.loading}
        columns={YEAR_COLUMNS}
        dataSource={sorted}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: '没有工作日历' }}
      />
    </div>
  );
}
