import { ArrowLeftOutlined } from '@ant-design/icons';
import { APPLICANT_COLUMNS } from '@xxgk/model';
import {
  Alert,
  Card,
  Col,
  Empty,
  Progress,
  Result,
  Row,
  Segmented,
  Spin,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { compareReport, getReport } from '../api/reports.js';
import type { Comparison } from '../api/types.js';
import { Link } from '../app/router.js';
import type { PageProps } from '../app/routes.js';
import { useAsync } from '../app/use-async.js';
import { PageHeader } from '../report/page-header.js';
import { formatCell } from '../tables/cell-value.js';

type CellRow = Comparison['cells'][number];

/** The change of a figure, signed and coloured (up red, down green, as Chinese tables do). */
function Change({ row }: { row: CellRow }) {
  if (row.change === null || row.current === null || row.previous === null)
    return <span className="muted">—</span>;
  if (row.change === 0) return <span className="muted">持平</span>;
  const pct =
    row.previous !== 0
      ? `（${row.change > 0 ? '+' : ''}${((row.change / row.previous) * 100).toFixed(1)}%）`
      : '';
  return (
    <span className={row.change > 0 ? 'change-up' : 'change-down'}>
      {row.change > 0 ? '+' : ''}
      {formatCell(row.change)}
      {pct}
    </span>
  );
}

/** The section a cell path belongs to, for grouping. */
const SECTION_OF: Record<string, string> = {
  proactive: '二、主动公开',
  applications: '三、依申请公开',
  review: '四、复议诉讼',
};

/**
 * 对比: this year against last year for the same agency — every figure with its change, the
 * carry-over identity (last year's 结转下年度 = this year's 上年结转), and how much of the
 * narrative repeats last year's text.
 * @see docs/domain.md §1.8 g（结转）; 怀化、固镇 “内容雷同” 通报
 */
export default function ComparePage({ params }: PageProps) {
  const id = Number(params.id);
  const detail = useAsync(() => getReport(id), [id]);
  const compare = useAsync(() => compareReport(id), [id]);
  const [only, setOnly] = useState<'changed' | 'all'>('changed');

  const rows = useMemo(() => {
    const cells = compare.data?.cells ?? [];
    return only === 'all' ? cells : cells.filter((c) => c.change !== 0 || c.current !== c.previous);
  }, [compare.data, only]);

  if (compare.error)
    return (
      <Result
        status="error"
        title="无法对比"
        subTitle={compare.error.message}
        extra={<Link to={`/reports/${id}`}>返回年报</Link>}
      />
    );
  const c = compare.data;
  const title = detail.data
    ? `${detail.data.agency.name} · ${detail.data.year} 年度与上年对比`
    : '年度对比';

  return (
    <div className="page">
      <PageHeader
        back={
          <Link to={`/reports/${id}`}>
            <ArrowLeftOutlined /> 返回年报
          </Link>
        }
        title={title}
      />
      {!c ? (
        <Spin description="正在对比…" />
      ) : !c.previous ? (
        <Empty description="没有找到该机关上一年度的年报，无法对比。可先导入上一年度的年报。" />
      ) : (
        <>
          <Row gutter={[16, 16]} className="block-gap">
            <Col xs={24} md={8}>
              <Card>
                <Statistic
                  title="对比年度"
                  value={`${c.previous.year} → ${detail.data?.year ?? c.previous.year + 1}`}
                />
                <Link to={`/reports/${c.previous.id}`}>打开 {c.previous.year} 年度年报</Link>
              </Card>
            </Col>
            <Col xs={24} md={8}>
              <Card>
                <Statistic
                  title="结转衔接"
                  value={
                    c.carryOver.every((r) => r.ok !== false)
                      ? '一致'
                      : `${c.carryOver.filter((r) => r.ok === false).length} 列不一致`
                  }
                  styles={{
                    content: {
                      color: c.carryOver.every((r) => r.ok !== false) ? '#389e0d' : '#cf1322',
                    },
                  }}
                />
                <Typography.Text type="secondary">
                  上年“结转下年度”应等于本年“上年结转”
                </Typography.Text>
              </Card>
            </Col>
            <Col xs={24} md={8}>
              <Card>
                <Typography.Text type="secondary">正文与上年重复的比例</Typography.Text>
                <Progress
                  percent={Math.round((c.textRepetition.ratio ?? 0) * 100)}
                  status={(c.textRepetition.ratio ?? 0) >= 0.5 ? 'exception' : 'normal'}
                  aria-label="正文重复比例"
                />
                <Typography.Text type="secondary">
                  {c.textRepetition.repeatedSentences.length} 句与上年相同
                </Typography.Text>
              </Card>
            </Col>
          </Row>

          <Card
            title="结转衔接（上年“四、结转下年度继续办理” ＝ 本年“二、上年结转”）"
            className="block-gap"
          >
            <Table
              size="small"
              rowKey="column"
              pagination={false}
              scroll={{ x: 480 }}
              dataSource={c.carryOver}
              columns={[
                {
                  title: '申请人',
                  dataIndex: 'column',
                  render: (k: string, r: Comparison['carryOver'][number]) =>
                    r.label ?? APPLICANT_COLUMNS.find((col) => col.key === k)?.label ?? k,
                },
                {
                  title: `${c.previous.year} 年结转下年度`,
                  dataIndex: 'previousCarriedForward',
                  align: 'right',
                  render: (v: number | null) => formatCell(v) || '空',
                },
                {
                  title: '本年上年结转',
                  dataIndex: 'carriedOver',
                  align: 'right',
                  render: (v: number | null) => formatCell(v) || '空',
                },
                {
                  title: '是否一致',
                  dataIndex: 'ok',
                  render: (ok: boolean | null) =>
                    ok === null ? (
                      <Tag>未填</Tag>
                    ) : ok ? (
                      <Tag color="success">一致</Tag>
                    ) : (
                      <Tag color="error">不一致</Tag>
                    ),
                },
              ]}
            />
          </Card>

          <Card
            title="各项数据变化"
            className="block-gap"
            extra={
              <Segmented
                value={only}
                onChange={(v) => setOnly(v as 'changed' | 'all')}
                options={[
                  { value: 'changed', label: '只看有变化' },
                  { value: 'all', label: '全部' },
                ]}
              />
            }
          >
            <Table
              size="small"
              rowKey="path"
              dataSource={rows}
              scroll={{ x: 560 }}
              pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
              locale={{ emptyText: '与上年相比没有变化' }}
              columns={[
                {
                  title: '部分',
                  key: 'section',
                  width: 110,
                  render: (_: unknown, r: CellRow) => SECTION_OF[r.path.split('.')[0] ?? ''] ?? '',
                },
                { title: '项目', dataIndex: 'label' },
                {
                  title: `${c.previous.year} 年`,
                  dataIndex: 'previous',
                  width: 90,
                  align: 'right',
                  render: (v: number | null) => formatCell(v) || '空',
                },
                {
                  title: '本年',
                  dataIndex: 'current',
                  width: 90,
                  align: 'right',
                  render: (v: number | null) => formatCell(v) || '空',
                },
                {
                  title: '变化',
                  key: 'change',
                  width: 150,
                  align: 'right',
                  render: (_: unknown, r: CellRow) => <Change row={r} />,
                },
              ]}
            />
          </Card>

          <Card title="与上年重复的句子">
            {(c.textRepetition.ratio ?? 0) >= 0.5 && (
              <Alert
                type="warning"
                showIcon
                className="block-gap"
                title="正文过半与上年相同，请注意避免“内容雷同”。"
              />
            )}
            {c.textRepetition.repeatedSentences.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有与上年相同的句子" />
            ) : (
              <ol className="repeated-sentences">
                {c.textRepetition.repeatedSentences.map((s, i) => (
                  <li key={i}>{s}</li>
                ))}
              </ol>
            )}
          </Card>
        </>
      )}
    </div>
  );
}
