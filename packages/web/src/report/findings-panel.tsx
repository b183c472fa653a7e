import { cellLabel, type Finding, type FormatId } from '@xxgk/model';
import { Empty, Segmented, Spin } from 'antd';
import { useMemo, useState } from 'react';
import { SEVERITY_LABELS } from '../app/labels.js';

/** A stable key of a finding within one list. */
export function findingKey(f: Finding, index: number): string {
  return `${index}:${f.rule}:${f.cells.join(',')}`;
}

/** Counts of findings by severity. */
export function severityCounts(findings: readonly Finding[]) {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Where a finding points, in words: its cells' labels or its line. */
export function findingPlace(f: Finding, format: FormatId): string {
  if (f.cells.length > 0) {
    const labels = f.cells.slice(0, 3).map((p) => cellLabel(format, p));
    const more = f.cells.length > 3 ? ` 等 ${f.cells.length} 个单元格` : '';
    return `单元格：${labels.join('；')}${more}`;
  }
  if (f.line !== undefined) return `原文第 ${f.line} 行${f.excerpt ? `：「${f.excerpt}」` : ''}`;
  return '全文';
}

/**
 * The findings beside a report, errors first. Each is a button: choosing it scrolls to and
 * highlights its cells (or its source line).
 */
export function FindingsPanel({
  findings,
  format,
  selected,
  onSelect,
  loading,
  emptyText = '没有发现问题',
}: {
  findings: readonly Finding[];
  format: FormatId;
  selected: string | null;
  onSelect: (f: Finding, key: string) => void;
  loading?: boolean;
  emptyText?: string;
}) {
  const [filter, setFilter] = useState<'all' | Finding['severity']>('all');
  const counts = severityCounts(findings);
  const items = useMemo(
    () =>
      findings
        .map((f, i) => ({ f, key: findingKey(f, i) }))
        .filter(({ f }) => filter === 'all' || f.severity === filter)
        .sort((a, b) => ORDER[a.f.severity] - ORDER[b.f.severity]),
    [findings, filter],
  );
  return (
    <div className="findings-panel">
      <Segmented
        size="small"
        block
        value={filter}
        onChange={(v) => setFilter(v as typeof filter)}
        options={[
          { value: 'all', label: `全部 ${findings.length}` },
          { value: 'error', label: `错误 ${counts.error}` },
          { value: 'warning', label: `警告 ${counts.warning}` },
          { value: 'info', label: `提示 ${counts.info}` },
        ]}
        className="block-gap"
      />
      <Spin spinning={Boolean(loading)} description="正在核查…">
        {items.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />
        ) : (
          <ul className="finding-list" aria-label="核查发现的问题">
            {items.map(({ f, key }) => (
              <li key={key}>
                <button
                  type="button"
                  className={`finding-item sev-${f.severity}${selected === key ? ' selected' : ''}`}
                  data-rule={f.rule}
                  aria-pressed={selected === key}
                  onClick={() => onSelect(f, key)}
                >
                  <strong className="finding-sev">{SEVERITY_LABELS[f.severity]}</strong>
                  {f.message}
                  <span className="finding-meta">{findingPlace(f, format)}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </Spin>
    </div>
  );
}
