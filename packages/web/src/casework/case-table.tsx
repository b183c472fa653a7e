import { Table, type TableColumnsType } from 'antd';
import type { ApplicationSummary } from '../api/casework.js';
import { Link } from '../app/router.js';
import { RemainingTag } from './remaining-tag.js';

const COLUMNS: TableColumnsType<ApplicationSummary> = [
  {
    title: '编号',
    dataIndex: 'number',
    width: 140,
    render: (n: string, r) => (
      <Link to={`/casework/applications/${encodeURIComponent(r.id)}`}>{n}</Link>
    ),
  },
  { title: '收到日期', dataIndex: 'receivedOn', width: 110 },
  { title: '申请人类型', dataIndex: 'applicantTypeLabel', width: 110, responsive: ['lg'] },
  { title: '申请人', dataIndex: 'applicantName', width: 120, responsive: ['md'] },
  { title: '状态', key: 'status', width: 100, render: (_: unknown, r) => r.status.label },
  {
    title: '结果',
    key: 'outcome',
    dataIndex: 'outcomeLabel',
    responsive: ['lg'],
    render: (o: string | null) => o ?? '—',
  },
  { title: '期限', dataIndex: 'due', width: 110, render: (d: string | null) => d ?? '—' },
  {
    title: '剩余时间',
    key: 'remaining',
    width: 150,
    render: (_: unknown, r) => <RemainingTag remaining={r.remaining} />,
  },
];

/** A compact, unpaged list of cases (due reminders, drill-down). */
export function CaseTable({
  cases,
  empty,
  label,
  showOutcome = true,
}: {
  cases: ApplicationSummary[];
  empty: string;
  label: string;
  /** Open cases (due reminders) have no outcome to show. */
  showOutcome?: boolean;
}) {
  return (
    <Table<ApplicationSummary>
      className="casework-table"
      aria-label={label}
      rowKey="id"
      size="small"
      columns={showOutcome ? COLUMNS : COLUMNS.filter((c) => c.key !== 'outcome')}
      dataSource={cases}
      pagination={cases.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: empty }}
    />
  );
}
