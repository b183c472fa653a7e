import {
  APPLICANT_COLUMN_KEYS,
  APPLICATIONS_HEADER_NOTE,
  cellPath,
  getFormat,
  getCell,
  REVIEW_BLOCKS,
  REVIEW_FIELDS,
  type Report,
} from '@xxgk/model';

/**
 * The plain-text layouts real captures of annual reports have, each rendered the way the
 * capture it is named after renders it:
 *
 * - `cell-per-line`: web page text, one cell per line, a blank line between (seeds 000, 003);
 *   an empty cell is a line holding an NBSP;
 * - `cell-per-line-compact`: the same without blank lines;
 * - `word-tab`: a Word document saved as text (seeds 001, 002, 004): a tab before each cell,
 *   rows separated by an empty line, merged cells as a lone tab, wrapped text on the next line
 *   without a tab, `[bookmark: …]` markers;
 * - `pipe-leading`: `| a | b | ||` rows with leading and closing pipes and colspan padding
 *   (captures 003, 031);
 * - `pipe-bare`: `a | b |` rows, empty cells collapsed into runs of pipes (captures 007, 010,
 *   016, 019, 029, 034);
 * - `pipe-separator-lines`: each cell on its own line(s), a line holding `|` after each cell
 *   (capture 027); an empty cell is two `|` lines in a row;
 * - `cell-pipe-suffix`: each non-empty cell on its own line closed by ` |`, each row ended by a
 *   line of pipes, one per empty cell plus one (captures 014, 022). The positions of empty
 *   cells are lost in this layout, so reports with blank cells cannot round-trip through it;
 * - `one-line`: the whole report on one line (capture 037);
 * - `space-columns`: each table row on one line, its cells aligned by runs of spaces, as text
 *   extracted from a PDF or copied from some pages looks. Empty cells leave no trace.
 */
export const TEXT_LAYOUTS = [
  'cell-per-line',
  'cell-per-line-compact',
  'word-tab',
  'pipe-leading',
  'pipe-bare',
  'pipe-separator-lines',
  'cell-pipe-suffix',
  'one-line',
  'space-columns',
] as const;

/** One of {@link TEXT_LAYOUTS}. */
export type TextLayout = (typeof TEXT_LAYOUTS)[number];

/** True when a layout keeps the position of an empty cell (see `cell-pipe-suffix`). */
export function keepsBlankCells(layout: TextLayout): boolean {
  return layout !== 'cell-pipe-suffix' && layout !== 'space-columns';
}

/** Variations every layout can carry. */
export interface LayoutOptions {
  /** Page chrome (breadcrumb, 索引号, 发布日期, 字号, 打印 / 分享到, 关闭) around the report. */
  chrome?: boolean;
  /** Page-number lines (`- 3 -`) between table rows, where the layout has lines. */
  pageNumbers?: boolean;
  /** Long labels and headers wrapped over two lines (or one character per line). */
  wrapLabels?: boolean;
  /** Numbers padded with spaces / NBSP, as web pages print them. */
  padNumbers?: boolean;
  /** Seed for the choices above that vary per cell (which label wraps, where a page breaks). */
  seed?: number;
}

/** A cell of a rendered table grid. */
interface GridCell {
  text: string;
  /** label: printed text; value: a data cell; pad: colspan padding; merged: covered by a span. */
  kind: 'label' | 'value' | 'pad' | 'merged';
}

type Grid = GridCell[][];

const label = (text: string): GridCell => ({ text, kind: 'label' });
const pad = (n: number): GridCell[] => Array.from({ length: n }, () => ({ text: '', kind: 'pad' }));
const merged = (n: number): GridCell[] =>
  Array.from({ length: n }, () => ({ text: '', kind: 'merged' }));

/** The printed text of a cell: the number, the note it had (dash, 无 …), or '' when blank. */
function valueText(report: Report, path: string): string {
  const value = getCell(report, path);
  if (value === undefined) throw new Error(`报告缺少单元格 ${path}，无法排版`);
  if (value !== null) return String(value);
  return report.notes[path] ?? '';
}

const value = (report: Report, path: string): GridCell => ({
  text: valueText(report, path),
  kind: 'value',
});

/** Small deterministic generator for the per-cell choices (wraps, page breaks). */
class Choices {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0 || 1;
  }

  next(): number {
    // xorshift32: deterministic, so a failing case can be replayed from its seed.
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state / 0x1_0000_0000;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  int(max: number): number {
    return Math.floor(this.next() * max);
  }
}

function proactiveGrids(report: Report): Grid[] {
  const def = getFormat(report.format);
  return def.proactive.map((table) => {
    const width = table.fields.length + 1;
    const grid: Grid = [
      [label(table.caption), ...pad(width - 1)],
      [label('信息内容'), ...table.fields.map((f) => label(f.label))],
    ];
    for (const row of table.rows)
      grid.push([
        label(row.label),
        ...table.fields.map((f) => value(report, cellPath('proactive', row.key, f.key))),
      ]);
    return grid;
  });
}

function applicationsGrid(report: Report): Grid {
  const def = getFormat(report.format);
  const values = (key: string): GridCell[] =>
    APPLICANT_COLUMN_KEYS.map((c) => value(report, cellPath('applications', key, c)));
  // Three label columns and seven data columns, as in the national template. Cells covered
  // by a rowspan print as empty cells at the start of a row; a colspan pads the row's end.
  const grid: Grid = [
    [label(APPLICATIONS_HEADER_NOTE), label('申请人情况'), ...pad(8)],
    [...merged(1), label('自然人'), label('法人或其他组织'), label('总计'), ...pad(6)],
    [
      ...merged(2),
      label('商业企业'),
      label('科研机构'),
      label('社会公益组织'),
      label('法律服务机构'),
      label('其他'),
      ...merged(1),
      ...pad(2),
    ],
  ];
  const groupLabel = new Map(def.applicationGroups.map((g) => [g.key, g.label]));
  let resultsStarted = false;
  let lastGroup: string | null = null;
  for (const row of def.applicationRows) {
    const cells: GridCell[] = [];
    if (row.group === null) cells.push(label(row.label));
    else {
      cells.push(resultsStarted ? merged(1)[0]! : label('三、本年度办理结果'));
      resultsStarted = true;
      if (row.group !== 'results')
        cells.push(
          row.group === lastGroup ? merged(1)[0]! : label(groupLabel.get(row.group) ?? ''),
        );
      cells.push(label(row.label));
    }
    lastGroup = row.group;
    grid.push([...cells, ...values(row.key), ...pad(3 - cells.length)]);
  }
  return grid;
}

function reviewGrid(report: Report): Grid {
  const fields = (): GridCell[] => REVIEW_FIELDS.map((f) => label(f.label));
  return [
    [label('行政复议'), label('行政诉讼'), ...pad(13)],
    [...fields(), label('未经复议直接起诉'), label('复议后起诉'), ...pad(8)],
    [...merged(5), ...fields(), ...fields()],
    REVIEW_BLOCKS.flatMap((b) =>
      REVIEW_FIELDS.map((f) => value(report, cellPath('review', b.key, f.key))),
    ),
  ];
}

/** The report's text blocks in order: paragraphs and tables. */
type Block = { kind: 'text'; text: string } | { kind: 'table'; grid: Grid };

function blocks(report: Report, options: LayoutOptions): Block[] {
  const year = report.year ?? 2024;
  const agency = report.agency ?? '某某局';
  const text = (t: string): Block => ({ kind: 'text', text: t });
  const out: Block[] = [];
  if (options.chrome) {
    out.push(
      text('当前位置：首页 > 政府信息公开 > 政府信息公开年报'),
      text(`索引号：11370300MB28/${year + 1}-00012 文号：无`),
    );
    if (report.publishedOn) out.push(text(`发布日期：${report.publishedOn}`));
    out.push(text('字号：大 中 小'), text('打印'));
  }
  out.push(
    text(`${agency}${year}年政府信息公开工作年度报告`),
    text(
      `本报告根据《中华人民共和国政府信息公开条例》编制。本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。如对本报告有疑问，请与${agency}办公室联系（电话：0533-3586373）。`,
    ),
    text('一、总体情况'),
    text(`${year}年，${agency}认真贯彻落实《条例》，全年主动公开政府信息120条。`),
    text('（一）主动公开'),
    text('及时公开部门预决算、政策文件等信息，接受社会监督。'),
    text('二、主动公开政府信息情况'),
  );
  for (const grid of proactiveGrids(report)) out.push({ kind: 'table', grid });
  out.push(text('三、收到和处理政府信息公开申请情况'), {
    kind: 'table',
    grid: applicationsGrid(report),
  });
  out.push(text('四、政府信息公开行政复议、行政诉讼情况'), {
    kind: 'table',
    grid: reviewGrid(report),
  });
  out.push(
    text('五、存在的主要问题及改进情况'),
    text('政策解读形式还不够丰富。下一步将加强培训，提升公开质量。'),
    text('六、其他需要报告的事项'),
    text('本年度未收取信息处理费。'),
  );
  out.push(text(agency));
  if (report.publishedOn) {
    const [y, m, d] = report.publishedOn.split('-').map(Number);
    out.push(text(`${y}年${m}月${d}日`));
  }
  if (options.chrome) out.push(text('分享到：'), text('【打印本页】【关闭本页】'));
  return out;
}

const ORDINAL_PREFIX =
  /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.、．])/u;

/** Where a label may be broken: after its ordinal, never right after a digit. */
function breakPoint(text: string, choices: Choices): number | null {
  const start = (ORDINAL_PREFIX.exec(text)?.[0].length ?? 0) + 2;
  if (text.length - start < 2) return null;
  const at = start + choices.int(text.length - start - 1);
  return /[\d.]/u.test(text.charAt(at - 1)) ? null : at;
}

/** A label as one or more printed lines. */
function labelLines(text: string, options: LayoutOptions, choices: Choices): string[] {
  if (!options.wrapLabels || text.length < 4 || !choices.chance(0.3)) return [text];
  if (choices.chance(0.15) && text.length <= 10) {
    const at = breakPoint(text, choices);
    return at === null ? [text] : [text.slice(0, at), ...text.slice(at)];
  }
  const at = breakPoint(text, choices);
  return at === null ? [text] : [text.slice(0, at), text.slice(at)];
}

function padded(text: string, options: LayoutOptions, choices: Choices): string {
  if (!options.padNumbers || text === '' || !choices.chance(0.3)) return text;
  return choices.chance(0.5) ? `  ${text}` : `\u00a0${text} `;
}

/** Renders a report in one of the text layouts, the way real captures of that layout look. */
export function renderTextReport(
  report: Report,
  layout: TextLayout,
  options: LayoutOptions = {},
): string {
  const choices = new Choices(options.seed ?? 1);
  const lines: string[] = [];
  let page = 2;
  const pageBreak = (gap = false): void => {
    if (options.pageNumbers && choices.chance(0.08)) {
      lines.push(`- ${page} -`);
      if (gap) lines.push('');
      page += 1;
    }
  };
  const emit = (b: Block, render: (grid: Grid) => void, paragraph: (t: string) => void): void => {
    if (b.kind === 'text') paragraph(b.text);
    else render(b.grid);
  };
  const all = blocks(report, options);

  switch (layout) {
    case 'cell-per-line':
    case 'cell-per-line-compact': {
      const gap = layout === 'cell-per-line';
      const push = (t: string): void => {
        lines.push(t);
        if (gap) lines.push('');
      };
      for (const b of all)
        emit(
          b,
          (grid) => {
            for (const row of grid) {
              for (const cell of row) {
                if (cell.kind === 'pad' || cell.kind === 'merged') continue;
                if (cell.kind === 'label')
                  for (const l of labelLines(cell.text, options, choices)) push(l);
                else push(cell.text === '' ? '\u00a0' : padded(cell.text, options, choices));
              }
              pageBreak(gap);
            }
          },
          push,
        );
      break;
    }
    case 'word-tab': {
      for (const b of all) {
        if (b.kind === 'text') {
          if (b.text.endsWith('年度报告') && choices.chance(0.5)) {
            const cut = b.text.indexOf(String(report.year ?? ''));
            if (cut > 0) {
              lines.push(b.text.slice(0, cut), b.text.slice(cut));
              continue;
            }
          }
          lines.push(b.text);
          continue;
        }
        for (const row of b.grid) {
          for (const cell of row) {
            if (cell.kind === 'pad') continue;
            const bookmark = choices.chance(0.05)
              ? `[bookmark: _Hlk${66973412 + choices.int(999)}]`
              : '';
            if (cell.kind === 'label') {
              const [first, ...rest] = labelLines(cell.text, options, choices);
              lines.push(`\t${bookmark}${first ?? ''}`, ...rest);
            } else
              lines.push(`\t${cell.kind === 'value' ? padded(cell.text, options, choices) : ''}`);
          }
          lines.push('');
          pageBreak(true);
        }
        lines.push('');
      }
      break;
    }
    case 'pipe-leading':
    case 'pipe-bare': {
      for (const b of all)
        emit(
          b,
          (grid) => {
            for (const row of grid) {
              const texts = row.map((cell) =>
                cell.kind === 'label'
                  ? spaced(cell.text, options, choices)
                  : cell.kind === 'value'
                    ? padded(cell.text, options, choices)
                    : '',
              );
              lines.push(layout === 'pipe-leading' ? leadingPipes(texts) : barePipes(texts));
              pageBreak();
            }
          },
          (t) => lines.push(t),
        );
      break;
    }
    case 'pipe-separator-lines': {
      for (const b of all)
        emit(
          b,
          (grid) => {
            for (const row of grid) {
              for (const cell of row) {
                if (cell.kind === 'pad' || cell.kind === 'merged') continue;
                if (cell.kind === 'label') lines.push(...labelLines(cell.text, options, choices));
                else if (cell.text !== '') lines.push(padded(cell.text, options, choices));
                lines.push('|');
              }
              pageBreak();
            }
          },
          (t) => lines.push(t),
        );
      break;
    }
    case 'cell-pipe-suffix': {
      for (const b of all)
        emit(
          b,
          (grid) => {
            for (const row of grid) {
              let empty = 0;
              for (const cell of row) {
                if (cell.text === '') empty += 1;
                else
                  lines.push(
                    `${cell.kind === 'label' ? spaced(cell.text, options, choices) : cell.text} |`,
                  );
              }
              lines.push('|'.repeat(empty + 1));
              pageBreak();
            }
          },
          (t) => lines.push(t),
        );
      break;
    }
    case 'space-columns': {
      for (const b of all)
        emit(
          b,
          (grid) => {
            for (const row of grid) {
              const texts = row.filter((c) => c.text !== '').map((c) => c.text);
              lines.push(texts.join(' '.repeat(2 + choices.int(6))));
              pageBreak();
            }
          },
          (t) => lines.push(t),
        );
      break;
    }
    case 'one-line': {
      const parts: string[] = [];
      for (const b of all) {
        if (b.kind === 'text') {
          parts.push(b.text);
          continue;
        }
        const cells: string[] = [];
        for (const row of b.grid)
          for (const cell of row)
            if (cell.kind === 'label') cells.push(spaced(cell.text, options, choices));
            else if (cell.kind === 'value') cells.push(cell.text === '' ? ' ' : cell.text);
        parts.push(`${cells.join(' | ')} |`);
      }
      return parts.join(' ');
    }
  }
  return lines.join('\n');
}

/** A header or label with a stray space inside, as pipe captures print them (`本年新 制作数量`). */
function spaced(text: string, options: LayoutOptions, choices: Choices): string {
  if (!options.wrapLabels || text.length < 4 || !choices.chance(0.3)) return text;
  const at = breakPoint(text, choices);
  return at === null ? text : `${text.slice(0, at)} ${text.slice(at)}`;
}

function leadingPipes(texts: readonly string[]): string {
  return `| ${texts.join(' | ')} |`;
}

function barePipes(texts: readonly string[]): string {
  // `a | | b |` → `a || b |`: captures collapse the spaces of empty cells.
  return texts
    .map((t) => (t === '' ? '|' : `${t} |`))
    .join(' ')
    .replace(/\| (?=\|)/gu, '|');
}
