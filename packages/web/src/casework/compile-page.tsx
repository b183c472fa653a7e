import { FileDoneOutlined } from '@ant-design/icons';
import { cellLabel, getCell, tableLayouts, type Finding, type Report } from '@xxgk/model';
import { Alert, App, Button, Card, Empty, Space, Spin, Tag } from 'antd';
import { useState } from 'react';
import { compileReport, drilldown, type Drilldown } from '../api/casework.js';
import { getReport, listReports } from '../api/reports.js';
import { SEVERITY_LABELS } from '../app/labels.js';
import { Link, navigate, useLocation } from '../app/router.js';
import { useUser } from '../app/session.js';
import { useAsync } from '../app/use-async.js';
import { PageHeader } from '../report/page-header.js';
import { formatCell } from '../tables/cell-value.js';
import { NationalTable } from '../tables/national-table.js';
import './casework.css';
import { DrilldownPanel } from './drilldown-panel.js';
import { withQuery } from './query.js';
import { canWriteCasework, scopeFromQuery } from './scope.js';
import { AgencyYearFilters } from './scope-filters.js';

const PATH = '/casework/compile';
const SEVERITY_COLORS = { error: 'error', warning: 'warning', info: 'default' } as const;

/** The compiled report of an agency and year, if one exists, with its findings. */
async function loadCompiled(
  agencyId: number,
  year: number,
): Promise<{ id: number; report: Report; findings: Finding[]; status: string } | null> {
  const found = await listReports({ agencyId, year, pageSize: 50 });
  const compiled = found.items.find((r) => r.origin === 'compiled');
  if (!compiled) return null;
  const detail = await getReport(compiled.id);
  return {
    id: detail.id,
    report: detail.version.report,
    findings: detail.findings,
    status: detail.status,
  };
}

/**
 * 年报编制: compiles an agency's annual report from its casework (table 二 from the Article 20
 * figures, 三 from the applications, 四 from the 复议/诉讼 register), shows the checker's
 * findings, and lists the cases behind any figure of tables 三 and 四.
 */
export default function CompilePage() {
  const user = useUser();
  const { message } = App.useApp();
  const { query } = useLocation();
  const { agencyId, year } = scopeFromQuery(query, user, new Date().getFullYear() - 1);
  const compiled = useAsync(
    () =>
      agencyId === undefined || year === undefined
        ? Promise.resolve(null)
        : loadCompiled(agencyId, year),
    [agencyId, year],
  );
  const [compiling, setCompiling] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [drill, setDrill] = useState<{
    loading: boolean;
    error: string | null;
    data: Drilldown | null;
  } | null>(null);

  const onCompile = async () => {
    if (agencyId === undefined || year === undefined) return;
    setCompiling(true);
    setError(null);
    try {
      const result = await compileReport(agencyId, year);
      message.success(`已编制第 ${result.version} 版`);
      setDrill(null);
      compiled.reload();
    } catch (e) {
      setError(e instanceof Error ? e.message : '编制失败，请稍后重试。');
    } finally {
      setCompiling(false);
    }
  };

  const onDrill = async (path: string) => {
    if (agencyId === undefined || year === undefined) return;
    setDrill({ loading: true, error: null, data: null });
    try {
      setDrill({ loading: false, error: null, data: await drilldown(agencyId, year, path) });
    } catch (e) {
      setDrill({
        loading: false,
        error: e instanceof Error ? e.message : '无法列出案件。',
        data: null,
      });
    }
  };

  const data = compiled.data;
  const report = data?.report;
  const renderData = (path: string) => {
    if (!report) return '';
    const value = getCell(report, path);
    if (typeof value !== 'number' || value === 0)
      return <span className={value === 0 ? 'drill-zero' : undefined}>{formatCell(value)}</span>;
    return (
      <button
        type="button"
        className="drill-button"
        aria-label={`${cellLabel(report.format, path)}：${value}，查看案件`}
        onClick={() => void onDrill(path)}
      >
        {value}
      </button>
    );
  };
  const layouts = report ? tableLayouts(report.format) : null;

  return (
    <div className="page">
      <PageHeader
        title="年报编制"
        subtitle="由申请登记簿、复议诉讼登记和第二十条数据编制年度报告"
        extra={
          canWriteCasework(user) && (
            <Button
              type="primary"
              icon={<FileDoneOutlined />}
              loading={compiling}
              disabled={agencyId === undefined || year === undefined}
              onClick={() => void onCompile()}
            >
              编制
            </Button>
          )
        }
      />
      <form
        className="filters"
        role="search"
        aria-label="选择机关和年度"
        onSubmit={(e) => e.preventDefault()}
      >
        <AgencyYearFilters
          agencyId={agencyId}
          year={year}
          onAgency={(v) => navigate(withQuery(PATH, query, { agencyId: v }), { replace: true })}
          onYear={(v) => navigate(withQuery(PATH, query, { year: v }), { replace: true })}
          yearRequired
        />
      </form>
      {error && (
        <Alert type="error" showIcon className="block-gap" title="编制失败" description={error} />
      )}
      {compiled.error && (
        <Alert
          type="error"
          showIcon
          className="block-gap"
          title="无法读取已编制的年报"
          description={compiled.error.message}
        />
      )}
      {compiled.loading && <Spin description="正在加载…" />}
      {!compiled.loading && data === null && (
        <Empty
          description={
            canWriteCasework(user)
              ? '本年度尚未编制年报，请点击“编制”。'
              : '本年度尚未编制年报（由填报员编制）。'
          }
        />
      )}
      {data && report && layouts && (
        <>
          <Card
            size="small"
            className="block-gap"
            title="检查结果"
            extra={
              <Space wrap>
                <Link to={`/reports/${data.id}`}>打开年报详情（编辑正文、提交发布）</Link>
              </Space>
            }
          >
            {data.findings.length === 0 ? (
              <p>没有发现问题：各表勾稽关系均成立。</p>
            ) : (
              <ul className="finding-list" aria-label="检查发现的问题">
                {data.findings.map((f, i) => (
                  <li key={`${i}:${f.rule}`}>
                    <Tag color={SEVERITY_COLORS[f.severity]}>{SEVERITY_LABELS[f.severity]}</Tag>
                    {f.message}
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <p className="muted">
            表二取自<Link to={`/casework/article20?year=${year ?? ''}`}>第二十条数据</Link>
            ；点击表三、表四中的数字，列出这个数字对应的案件。
          </p>
          <div className="compiled-tables">
            <NationalTable
              layout={layouts.proactive}
              renderData={(path) => formatCell(getCell(report, path))}
            />
            <NationalTable layout={layouts.applications} renderData={renderData} />
            {drill && <DrilldownPanel {...drill} />}
            <NationalTable layout={layouts.review} renderData={renderData} />
          </div>
        </>
      )}
    </div>
  );
}
