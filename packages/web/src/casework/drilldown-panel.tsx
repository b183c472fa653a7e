import { Alert, Card, Spin, Table, type TableColumnsType } from 'antd';
import { useEffect, useRef } from 'react';
import type { Drilldown, ReviewCaseView } from '../api/casework.js';
import { Link } from '../app/router.js';
import { CaseTable } from './case-table.js';

const REVIEW_COLUMNS: TableColumnsType<ReviewCaseView> = [
  { title: '类别', dataIndex: 'kindLabel', width: 150 },
  {
    title: '涉及的申请',
    key: 'application',
    render: (_: unknown, r) =>
      r.applicationId ? (
        <Link to={`/casework/applications/${encodeURIComponent(r.applicationId)}`}>
          {r.applicationNumber ?? '查看申请'}
        </Link>
      ) : (
        '—'
      ),
  },
  { title: '立案日期', dataIndex: 'filedOn', width: 110 },
  { title: '审理结果', dataIndex: 'resultLabel', width: 110 },
  { title: '审结日期', dataIndex: 'decidedOn', width: 110, render: (d: string | null) => d ?? '—' },
];

/** The cases behind one cell of a compiled report. */
export function DrilldownPanel({
  loading,
  error,
  data,
}: {
  loading: boolean;
  error: string | null;
  data: Drilldown | null;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // The list may open below the fold (table 四 follows table 三): bring it into view.
  useEffect(() => {
    if (data) ref.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [data]);
  return (
    <div ref={ref}>
      <Card
        size="small"
        title={data ? `单元格「${data.label}」的案件` : '单元格的案件'}
        className="block-gap drilldown-panel"
        aria-live="polite"
      >
        {loading && <Spin description="正在查找…" />}
        {error && <Alert type="error" showIcon title="无法列出案件" description={error} />}
        {!loading && data && 'applications' in data && (
          <CaseTable
            cases={data.applications}
            empty="这个单元格没有对应的申请"
            label={`单元格「${data.label}」的申请`}
          />
        )}
        {!loading && data && 'reviewCases' in data && (
          <Table<ReviewCaseView>
            className="casework-table"
            aria-label={`单元格「${data.label}」的复议诉讼案件`}
            rowKey="id"
            size="small"
            columns={REVIEW_COLUMNS}
            dataSource={data.reviewCases}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: '这个单元格没有对应的案件' }}
          />
        )}
      </Card>
    </div>
  );
}
