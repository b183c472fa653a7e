import { Alert, Empty, Select, Space, Spin, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { diffVersions, listVersions } from '../api/reports.js';
import type { VersionDiff } from '../api/types.js';
import { formatTime } from '../app/labels.js';
import { useAsync } from '../app/use-async.js';
import { formatCell } from '../tables/cell-value.js';

const SECTION_NAMES: Record<string, string> = {
  overview: '一、总体情况',
  problems: '五、存在的主要问题及改进情况',
  other: '六、其他需要报告的事项',
  title: '标题',
  publishedOn: '发布日期',
};

function DiffView({ diff }: { diff: VersionDiff }) {
  if (diff.cells.length === 0 && diff.sections.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="两个版本内容相同" />;
  return (
    <>
      {diff.cells.length > 0 && (
        <Table
          size="small"
          rowKey="path"
          pagination={false}
          className="block-gap"
          dataSource={diff.cells}
          columns={[
            { title: '单元格', dataIndex: 'label' },
            {
              title: '原值',
              dataIndex: 'from',
              width: 64,
              align: 'right',
              render: (v: number | null) => formatCell(v) || '空',
            },
            {
              title: '新值',
              dataIndex: 'to',
              width: 64,
              align: 'right',
              render: (v: number | null) => formatCell(v) || '空',
            },
          ]}
        />
      )}
      {diff.sections.map((s) => (
        <div key={s.key} className="block-gap">
          <Typography.Text strong>{SECTION_NAMES[s.key] ?? s.key}</Typography.Text>
          <div className="diff-text">
            <Typography.Paragraph type="secondary" delete ellipsis={{ rows: 4, expandable: true }}>
              {s.from || '（空）'}
            </Typography.Paragraph>
            <Typography.Paragraph ellipsis={{ rows: 4, expandable: true }}>
              {s.to || '（空）'}
            </Typography.Paragraph>
          </div>
        </div>
      ))}
    </>
  );
}

/**
 * 版本记录: every saved version with who made it, when and why; any two can be compared,
 * by default the newest against the one before it.
 */
export function VersionsPanel({
  reportId,
  currentVersion,
}: {
  reportId: number;
  currentVersion: number;
}) {
  const versions = useAsync(() => listVersions(reportId), [reportId, currentVersion]);
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);

  useEffect(() => {
    setTo(currentVersion);
    setFrom(currentVersion > 1 ? currentVersion - 1 : null);
  }, [currentVersion]);

  const diff = useAsync(
    () =>
      from !== null && to !== null && from !== to
        ? diffVersions(reportId, from, to)
        : Promise.resolve(null),
    [reportId, from, to],
  );

  if (versions.loading && !versions.data) return <Spin description="正在读取版本…" />;
  if (versions.error)
    return (
      <Alert type="error" showIcon title="无法读取版本记录" description={versions.error.message} />
    );
  const list = [...(versions.data ?? [])].sort((a, b) => b.number - a.number);
  const options = list.map((v) => ({ value: v.number, label: `第 ${v.number} 版` }));
  return (
    <div className="versions-panel">
      <ol className="finding-list" aria-label="版本记录">
        {list.map((v) => (
          <li key={v.number} className="finding-item" style={{ cursor: 'default' }}>
            <strong>第 {v.number} 版</strong>
            {v.number === currentVersion && '（当前）'} {v.reason ?? ''}
            <span className="finding-meta">
              {formatTime(v.createdAt)} · {v.createdBy?.displayName ?? '系统'}
            </span>
          </li>
        ))}
      </ol>
      {list.length > 1 && (
        <>
          <Typography.Title level={5}>版本差异</Typography.Title>
          <Space wrap className="block-gap">
            <Select
              aria-label="从版本"
              value={from ?? undefined}
              onChange={setFrom}
              options={options}
              style={{ width: 110 }}
            />
            <span>→</span>
            <Select
              aria-label="到版本"
              value={to ?? undefined}
              onChange={setTo}
              options={options}
              style={{ width: 110 }}
            />
          </Space>
          {diff.loading && <Spin />}
          {diff.error && (
            <Alert type="error" showIcon title="无法比较版本" description={diff.error.message} />
          )}
          {diff.data && <DiffView diff={diff.data} />}
        </>
      )}
    </div>
  );
}
