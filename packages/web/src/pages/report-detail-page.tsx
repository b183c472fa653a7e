import { ArrowLeftOutlined, DiffOutlined, EditOutlined, SaveOutlined } from '@ant-design/icons';
import type { Finding, Severity } from '@xxgk/model';
import {
  Alert,
  App,
  Badge,
  Button,
  Input,
  Result,
  Space,
  Spin,
  Switch,
  Tabs,
  Tag,
  Tooltip,
} from 'antd';
import { useCallback, useEffect, useMemo, useState, type FocusEvent, type MouseEvent } from 'react';
import { correctReport, exportUrl, getReport } from '../api/reports.js';
import type { ReportDetail } from '../api/types.js';
import { FORMAT_LABELS, formatTime, ORIGIN_LABELS, STATUS_LABELS } from '../app/labels.js';
import { Link, navigate, useLocation } from '../app/router.js';
import type { PageProps } from '../app/routes.js';
import { useAsync } from '../app/use-async.js';
import {
  applyEdits,
  changeCount,
  correctionOf,
  type Edits,
  type NarrativeKey,
} from '../report/edits.js';
import { ExportMenu } from '../report/export-menu.js';
import { FindingsPanel, severityCounts } from '../report/findings-panel.js';
import { HoverCard, type HoverTarget } from '../report/hover-card.js';
import { IdentitiesPanel } from '../report/identities-panel.js';
import { PageHeader } from '../report/page-header.js';
import { ReportDocument } from '../report/report-document.js';
import { SourcePanel } from '../report/source-panel.js';
import { useLiveCheck } from '../report/use-live-check.js';
import { VersionsPanel } from '../report/versions-panel.js';
import { WorkflowActions } from '../report/workflow-actions.js';
import { computedTotals } from '../tables/totals.js';

const EMPTY_EDITS: Edits = { cells: {}, sections: {} };
const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Finds the data cell of a path in the page. */
function cellElement(path: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`td[data-path="${CSS.escape(path)}"]`);
}

/** 年报详情 with 更正 and 填报: the report, its findings, its source and its history. */
export default function ReportDetailPage({ params }: PageProps) {
  const id = Number(params.id);
  const detail = useAsync(() => getReport(id), [id]);
  if (!Number.isInteger(id) || id <= 0)
    return (
      <Result
        status="404"
        title="年报不存在"
        subTitle={`“${params.id ?? ''}”不是有效的年报编号。`}
      />
    );
  if (detail.error && !detail.data)
    return (
      <Result
        status={detail.error.message.includes('不存在') ? '404' : 'error'}
        title="无法打开这份年报"
        subTitle={detail.error.message}
        extra={<Button onClick={() => navigate('/reports')}>返回年报列表</Button>}
      />
    );
  if (!detail.data)
    return (
      <div className="page-loading">
        <Spin size="large" description="正在打开年报…">
          <div style={{ width: 200, height: 80 }} />
        </Spin>
      </div>
    );
  return (
    <DetailView
      key={`${detail.data.id}:${detail.data.currentVersion}`}
      detail={detail.data}
      reload={detail.reload}
    />
  );
}

function DetailView({ detail, reload }: { detail: ReportDetail; reload: () => void }) {
  const { message, modal } = App.useApp();
  const { query } = useLocation();
  const mode = query.get('mode');
  const editing = detail.permissions.edit && (mode === 'edit' || mode === 'fill');
  const original = detail.version.report;

  const [edits, setEdits] = useState<Edits>(EMPTY_EDITS);
  const [reason, setReason] = useState(mode === 'fill' ? '填报' : '');
  const [autoTotals, setAutoTotals] = useState(mode === 'fill');
  const [saving, setSaving] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  const [highlighted, setHighlighted] = useState<ReadonlySet<string>>(new Set());
  const [hover, setHover] = useState<HoverTarget | null>(null);
  const [tab, setTab] = useState<string>('findings');
  const [findingLine, setFindingLine] = useState<number | null>(null);

  const effective = useMemo(
    () => (editing ? applyEdits(original, edits, autoTotals) : { report: original, invalid: [] }),
    [editing, original, edits, autoTotals],
  );
  const correction = useMemo(
    () => correctionOf(original, effective.report, reason),
    [original, effective.report, reason],
  );
  const changes = editing ? changeCount(correction) : 0;
  const live = useLiveCheck(effective.report, editing, detail.id);
  const findings: Finding[] = editing && live.findings ? live.findings : detail.findings;
  const computed = useMemo(
    () =>
      editing && autoTotals ? new Set(computedTotals(effective.report).keys()) : new Set<string>(),
    [editing, autoTotals, effective.report],
  );

  useEffect(() => {
    if (changes === 0) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [changes]);

  // The card follows its cell when the page scrolls (it is placed in window coordinates).
  // Clearing it instead lost the card whenever a scroll landed just after the pointer did.
  useEffect(() => {
    const follow = () =>
      setHover((h) => {
        const td = h && cellElement(h.path);
        if (!h || !td) return null;
        const r = td.getBoundingClientRect();
        return {
          path: h.path,
          rect: { left: r.left, top: r.top, bottom: r.bottom, width: r.width },
        };
      });
    window.addEventListener('scroll', follow, { passive: true });
    return () => window.removeEventListener('scroll', follow);
  }, []);

  const worst = useMemo(() => {
    const m = new Map<string, Severity>();
    for (const f of findings)
      for (const p of f.cells) {
        const prev = m.get(p);
        if (!prev || RANK[f.severity] > RANK[prev]) m.set(p, f.severity);
      }
    return m;
  }, [findings]);
  const changedCells = useMemo(() => new Set(correction.cells.map((c) => c.path)), [correction]);
  const invalidCells = useMemo(
    () => new Set(effective.invalid.map((c) => c.path)),
    [effective.invalid],
  );

  const cellClass = useCallback(
    (path: string) => {
      const parts: string[] = [];
      const sev = worst.get(path);
      if (sev) parts.push(`has-${sev}`);
      if (highlighted.has(path)) parts.push('cell-highlight');
      if (hover?.path === path) parts.push('cell-hover');
      if (changedCells.has(path)) parts.push('changed');
      if (invalidCells.has(path)) parts.push('invalid');
      return parts.join(' ');
    },
    [worst, highlighted, hover, changedCells, invalidCells],
  );
  const cellTitle = useCallback(() => undefined, []);

  const onCellText = useCallback(
    (path: string, text: string) =>
      setEdits((e) => ({ ...e, cells: { ...e.cells, [path]: text } })),
    [],
  );
  const onSection = useCallback(
    (key: NarrativeKey, text: string) =>
      setEdits((e) => ({ ...e, sections: { ...e.sections, [key]: text } })),
    [],
  );
  const onTitle = useCallback((title: string) => setEdits((e) => ({ ...e, title })), []);

  const focusCells = (cells: readonly string[]) => {
    setHighlighted(new Set(cells));
    const first = cells.map(cellElement).find((el) => el !== null);
    if (first) {
      first.scrollIntoView({ block: 'center', behavior: 'smooth' });
      const input = first.querySelector('input');
      (input ?? first).focus({ preventScroll: true });
    }
  };

  const onFinding = (f: Finding, key: string) => {
    setSelected(key);
    const line =
      f.line ?? f.cells.map((p) => detail.provenance[p]?.line).find((l) => l !== undefined) ?? null;
    setFindingLine(line);
    if (f.cells.length > 0) focusCells(f.cells);
    else {
      setHighlighted(new Set());
      if (f.line !== undefined && detail.source) setTab('source');
    }
  };

  const onPointer = (e: MouseEvent<HTMLElement>) => {
    const td = (e.target as HTMLElement).closest<HTMLElement>('td[data-path]');
    const path = td?.dataset.path;
    if (!td || !path) {
      if (hover) setHover(null);
      return;
    }
    if (hover?.path === path) return;
    const r = td.getBoundingClientRect();
    setHover({ path, rect: { left: r.left, top: r.top, bottom: r.bottom, width: r.width } });
  };

  // A focused cell (following a finding by keyboard focuses it) shows the same card as a
  // hovered one, so where a number came from is not for mouse users only.
  const focusedCell = (e: FocusEvent<HTMLElement>) =>
    e.target.matches('td[data-path]') ? (e.target.dataset.path ?? null) : null;
  const onCellFocus = (e: FocusEvent<HTMLElement>) => {
    const path = focusedCell(e);
    if (!path) return;
    const r = e.target.getBoundingClientRect();
    setHover({ path, rect: { left: r.left, top: r.top, bottom: r.bottom, width: r.width } });
  };
  const onCellBlur = (e: FocusEvent<HTMLElement>) => {
    const path = focusedCell(e);
    if (path) setHover((h) => (h?.path === path ? null : h));
  };

  const startEditing = () => navigate(`/reports/${detail.id}?mode=edit`, { replace: true });
  const stopEditing = () => {
    const leave = () => {
      setEdits(EMPTY_EDITS);
      navigate(`/reports/${detail.id}`, { replace: true });
    };
    if (changes === 0) leave();
    else
      void modal.confirm({
        title: '放弃更正？',
        content: `您有 ${changes} 处修改尚未保存，放弃后不能恢复。`,
        okText: '放弃修改',
        okButtonProps: { danger: true },
        cancelText: '继续编辑',
        onOk: leave,
      });
  };

  const save = async () => {
    if (effective.invalid.length > 0) {
      const first = effective.invalid[0];
      void message.error(
        `有 ${effective.invalid.length} 个单元格不是数字，例如「${first?.label}」：${first?.message}`,
      );
      if (first) focusCells([first.path]);
      return;
    }
    if (changes === 0) {
      void message.info('没有任何修改，无需保存。');
      return;
    }
    if (correction.reason === '') {
      void message.error('请填写更正原因：每次更正都要说明为什么修改。');
      document.getElementById('correction-reason')?.focus();
      return;
    }
    setSaving(true);
    try {
      const result = await correctReport(detail.id, {
        ...correction,
        baseVersion: detail.currentVersion,
      });
      const n = typeof result.version === 'number' ? result.version : result.version.number;
      const errors = result.findings.filter((f) => f.severity === 'error').length;
      void message.success(
        `已保存为第 ${n} 版${errors > 0 ? `，仍有 ${errors} 个错误` : '，没有错误'}。`,
      );
      setEdits(EMPTY_EDITS);
      navigate(`/reports/${detail.id}`, { replace: true });
      reload();
    } catch (e) {
      void message.error(e instanceof Error ? e.message : '保存失败，请稍后重试。');
    } finally {
      setSaving(false);
    }
  };

  const counts = severityCounts(findings);
  const activeLine = (hover && detail.provenance[hover.path]?.line) ?? findingLine;
  const status = STATUS_LABELS[detail.status];

  return (
    <div className="page detail-page">
      <PageHeader
        back={
          <Link to="/reports" aria-label="返回年报列表">
            <ArrowLeftOutlined /> 年报列表
          </Link>
        }
        title={`${detail.agency.name} · ${detail.year} 年度`}
        subtitle={
          <>
            <Tag color={status.color}>{status.label}</Tag>
            <Tag>{FORMAT_LABELS[detail.format] ?? detail.format}</Tag>
            <Tag>{ORIGIN_LABELS[detail.origin]}</Tag>
            <Tooltip
              title={`${formatTime(detail.version.createdAt)} · ${detail.version.createdBy?.displayName ?? '系统'}${detail.version.reason ? ` · ${detail.version.reason}` : ''}`}
            >
              <Tag>第 {detail.currentVersion} 版</Tag>
            </Tooltip>
          </>
        }
        extra={
          <Space wrap>
            {detail.permissions.edit && !editing && (
              <Button icon={<EditOutlined />} onClick={startEditing}>
                更正
              </Button>
            )}
            <Button
              icon={<DiffOutlined />}
              onClick={() => navigate(`/reports/${detail.id}/compare`)}
            >
              对比上年
            </Button>
            <ExportMenu urlOf={(f) => exportUrl(detail.id, f)} />
            <WorkflowActions detail={detail} disabled={editing} onDone={reload} />
          </Space>
        }
      />
      {detail.status === 'returned' && detail.reviewComment && (
        <Alert
          type="warning"
          showIcon
          className="block-gap"
          title="审核退回意见"
          description={detail.reviewComment}
        />
      )}
      {detail.status === 'published' && (
        <Alert
          type="success"
          showIcon
          className="block-gap"
          title="这份年报已发布，已发布的版本不可修改。"
        />
      )}
      <div className="detail-grid">
        <div
          className="report-pane"
          // Moves, not mouseover: after a scroll the browser sends mouseover for whatever is now
          // under a pointer that did not move, which would close the card of a focused cell.
          onMouseMove={onPointer}
          onMouseLeave={() => setHover(null)}
          onFocus={onCellFocus}
          onBlur={onCellBlur}
        >
          {editing && (
            <div className="edit-bar" role="region" aria-label="更正">
              <strong>{mode === 'fill' ? '填报' : '更正'}</strong>
              <Input
                id="correction-reason"
                className="reason"
                aria-label="更正原因（必填）"
                placeholder="更正原因（必填），例如：核对原件后更正（七）总计"
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                status={changes > 0 && reason.trim() === '' ? 'warning' : undefined}
                maxLength={500}
              />
              <label>
                <Switch
                  size="small"
                  checked={autoTotals}
                  onChange={setAutoTotals}
                  aria-label="自动计算总计"
                />{' '}
                自动计算总计
              </label>
              <Badge
                count={changes}
                showZero
                color={changes > 0 ? '#1677ff' : '#bfbfbf'}
                title={`${changes} 处修改`}
              >
                <span style={{ paddingRight: 8 }}>修改</span>
              </Badge>
              <Space>
                <Button
                  type="primary"
                  icon={<SaveOutlined />}
                  loading={saving}
                  onClick={() => void save()}
                >
                  保存为新版本
                </Button>
                <Button onClick={stopEditing}>取消</Button>
              </Space>
            </div>
          )}
          <ReportDocument
            report={effective.report}
            editing={editing}
            cellTexts={edits.cells}
            computed={computed}
            onCellText={onCellText}
            onSection={onSection}
            onTitle={onTitle}
            cellClass={cellClass}
            cellTitle={cellTitle}
          />
        </div>
        <aside className="side-pane" aria-label="问题、原文与版本">
          <Tabs
            activeKey={tab}
            onChange={setTab}
            items={[
              {
                key: 'findings',
                label: (
                  <span>
                    问题{' '}
                    <Badge count={counts.error} color="#cf1322" size="small" showZero={false} />
                    {counts.error === 0 && counts.warning > 0 && (
                      <Badge count={counts.warning} color="#d48806" size="small" />
                    )}
                  </span>
                ),
                children: (
                  <>
                    {editing && <IdentitiesPanel report={effective.report} onSelect={focusCells} />}
                    {editing && live.error && (
                      <Alert
                        type="warning"
                        showIcon
                        className="block-gap"
                        title={`实时核查暂不可用：${live.error}`}
                      />
                    )}
                    <FindingsPanel
                      findings={findings}
                      format={detail.format}
                      selected={selected}
                      onSelect={onFinding}
                      loading={editing && live.loading}
                      emptyText={editing ? '当前修改没有发现问题' : '没有发现问题'}
                    />
                  </>
                ),
              },
              {
                key: 'source',
                label: '原文对照',
                children: (
                  <SourcePanel
                    reportId={detail.id}
                    source={detail.source}
                    activeLine={activeLine}
                  />
                ),
              },
              {
                key: 'versions',
                label: '版本记录',
                children: (
                  <VersionsPanel reportId={detail.id} currentVersion={detail.currentVersion} />
                ),
              },
            ]}
          />
        </aside>
      </div>
      <HoverCard
        target={hover}
        report={effective.report}
        format={detail.format}
        provenance={detail.provenance}
        findings={findings}
      />
    </div>
  );
}
