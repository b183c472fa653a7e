import { cellLabel, getCell, SECTIONS, tableLayouts, type Report } from '@xxgk/model';
import { Input } from 'antd';
import { memo, useCallback, useMemo, type KeyboardEvent } from 'react';
import { formatCell } from '../tables/cell-value.js';
import { NationalTable } from '../tables/national-table.js';
import type { NarrativeKey } from './edits.js';

/** Props of {@link ReportDocument}. */
export interface ReportDocumentProps {
  /** The report to show: the saved version, or the version being edited. */
  report: Report;
  /** When set, cells and paragraphs are inputs. */
  editing: boolean;
  /** Raw text typed into cells (editing). */
  cellTexts: Record<string, string>;
  /** Cells computed from their parts (read-only while filling in). */
  computed: ReadonlySet<string>;
  onCellText: (path: string, text: string) => void;
  onSection: (key: NarrativeKey, text: string) => void;
  onTitle: (title: string) => void;
  /** Extra class names per data cell (severity, highlight, changed…). */
  cellClass: (path: string) => string;
  /** Native tooltip per data cell. */
  cellTitle: (path: string) => string | undefined;
}

/** Moves focus to the cell input `step` inputs away, as Enter does in a spreadsheet. */
function moveFocus(from: HTMLInputElement, step: number): void {
  const inputs = [
    ...document.querySelectorAll<HTMLInputElement>('input.cell-input:not([readonly])'),
  ];
  const i = inputs.indexOf(from);
  const next = inputs[i + step];
  if (i >= 0 && next) {
    next.focus();
    next.select();
  }
}

function Narrative({
  text,
  editing,
  label,
  onChange,
}: {
  text: string | undefined;
  editing: boolean;
  label: string;
  onChange: (t: string) => void;
}) {
  if (editing)
    return (
      <Input.TextArea
        aria-label={label}
        value={text ?? ''}
        onChange={(e) => onChange(e.target.value)}
        autoSize={{ minRows: 3, maxRows: 24 }}
      />
    );
  const paragraphs = (text ?? '').split(/\n+/u).filter((p) => p.trim() !== '');
  if (paragraphs.length === 0) return <p className="empty-section">（本部分没有内容）</p>;
  return (
    <>
      {paragraphs.map((p, i) => (
        <p className="narrative" key={i}>
          {p.trim()}
        </p>
      ))}
    </>
  );
}

/**
 * A report in the national layout: title, then the six sections in order — narrative text for
 * 一、五、六 and the template's tables for 二、三、四. While editing, every number cell is an
 * input labelled with its row and column, and every paragraph a text area.
 * @see 条例第五十条；国办公开办函〔2021〕30号
 */
export const ReportDocument = memo(function ReportDocument(props: ReportDocumentProps) {
  const { report, editing, cellTexts, computed, onCellText, onSection, onTitle } = props;
  const layouts = useMemo(() => tableLayouts(report.format), [report.format]);

  const onKey = useCallback((e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      moveFocus(e.currentTarget, e.shiftKey ? -1 : 1);
    }
  }, []);

  const renderData = useCallback(
    (path: string) => {
      const value = getCell(report, path);
      if (!editing) {
        if (value === undefined) return <span className="sr-only">（原文无此项）</span>;
        if (value === null) return report.notes[path] ?? '';
        return formatCell(value);
      }
      const isComputed = computed.has(path);
      const text = !isComputed && path in cellTexts ? cellTexts[path] : formatCell(value);
      return (
        <input
          className="cell-input"
          aria-label={cellLabel(report.format, path)}
          inputMode="decimal"
          autoComplete="off"
          value={text}
          readOnly={isComputed}
          title={isComputed ? '自动计算：各分项之和' : undefined}
          onChange={(e) => onCellText(path, e.target.value)}
          onKeyDown={onKey}
        />
      );
    },
    [report, editing, cellTexts, computed, onCellText, onKey],
  );

  const dataClass = useCallback(
    (path: string) => {
      const parts = [props.cellClass(path)];
      if (getCell(report, path) === undefined && !editing) parts.push('absent');
      if (editing && computed.has(path)) parts.push('computed');
      return parts.join(' ');
    },
    [props, report, editing, computed],
  );

  return (
    <article className="report-document" aria-label="年报正文">
      {editing ? (
        <Input
          className="report-doc-title"
          aria-label="年报标题"
          placeholder="年报标题，例如：××局2024年政府信息公开工作年度报告"
          value={report.title ?? ''}
          onChange={(e) => onTitle(e.target.value)}
        />
      ) : (
        <h2 className="report-doc-title">{report.title ?? '（未识别到标题）'}</h2>
      )}
      {SECTIONS.map((section) => (
        <section
          className="report-section"
          key={section.key}
          aria-labelledby={`sec-${section.key}`}
        >
          <h3 id={`sec-${section.key}`}>
            {section.ordinal}、{section.title}
          </h3>
          {section.key === 'overview' || section.key === 'problems' || section.key === 'other' ? (
            <Narrative
              text={report.sections[section.key]}
              editing={editing}
              label={`${section.ordinal}、${section.title}`}
              onChange={(t) => onSection(section.key as NarrativeKey, t)}
            />
          ) : (
            <NationalTable
              layout={layouts[section.key]}
              renderData={renderData}
              dataClass={dataClass}
              dataTitle={props.cellTitle}
            />
          )}
        </section>
      ))}
    </article>
  );
});
