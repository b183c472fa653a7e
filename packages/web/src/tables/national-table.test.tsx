import { allCellPaths, getCell, setCell, emptyReport, tableLayouts } from '@xxgk/model';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { formatCell } from './cell-value.js';
import { NationalTable } from './national-table.js';

describe('national table component', () => {
  it('renders every data cell of a format once with its data-path and value', () => {
    const report = emptyReport('2021');
    setCell(report, 'applications.received.total', 3119);
    const html = Object.values(tableLayouts('2021'))
      .map((layout) =>
        renderToStaticMarkup(
          <NationalTable layout={layout} renderData={(p) => formatCell(getCell(report, p))} />,
        ),
      )
      .join('');
    const paths = [...html.matchAll(/data-path="([^"]+)"/gu)].map((m) => m[1]);
    expect(paths).toEqual(allCellPaths('2021'));
    expect(html).toContain('data-path="applications.received.total" class="num">3119</td>');
  });

  it('draws the template merges as rowspan and colspan', () => {
    const html = renderToStaticMarkup(
      <NationalTable layout={tableLayouts('2021').applications} renderData={() => ''} />,
    );
    expect(html).toMatch(/<th rowSpan="22" class="label" scope="row">三、本年度办理结果<\/th>/iu);
    expect(html).toMatch(/<th rowSpan="3" colSpan="3" class="note">/iu);
  });

  it('marks cells with the classes and titles it is given', () => {
    const html = renderToStaticMarkup(
      <NationalTable
        layout={tableLayouts('2021').review}
        renderData={() => ''}
        dataClass={(p) => (p === 'review.reconsideration.total' ? 'has-error' : '')}
        dataTitle={(p) =>
          p === 'review.reconsideration.total' ? '错误：总计不等于各项之和' : undefined
        }
      />,
    );
    expect(html).toContain(
      'data-path="review.reconsideration.total" class="num has-error" title="错误：总计不等于各项之和"',
    );
  });
});
