import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import type { Report } from '@xxgk/model';
import { Typography } from 'antd';
import { useMemo } from 'react';
import { formatCell } from '../tables/cell-value.js';
import { identities, type Identity } from '../tables/totals.js';

/**
 * The table identities evaluated live on the report being edited: the 一＋二＝（七）＋四 balance
 * of every column, and each 总计 against its parts. Failing ones first; each can highlight its
 * cells.
 * @see 国办公开办函〔2021〕30号 附件 表三 说明
 */
export function IdentitiesPanel({
  report,
  onSelect,
}: {
  report: Report;
  onSelect: (cells: string[]) => void;
}) {
  const list = useMemo(() => identities(report), [report]);
  const failing = list.filter((i) => i.ok === false);
  const balances = list.filter((i) => i.key.startsWith('balance.'));
  const row = (i: Identity) => (
    <li key={i.key}>
      <Typography.Link onClick={() => onSelect(i.cells)}>
        {i.ok === false ? (
          <CloseCircleFilled style={{ color: '#cf1322' }} aria-label="不成立" />
        ) : (
          <CheckCircleFilled
            style={{ color: i.ok ? '#389e0d' : '#bfbfbf' }}
            aria-label={i.ok ? '成立' : '未填'}
          />
        )}{' '}
        {i.title}：{formatCell(i.left) || '空'} {i.ok === false ? '≠' : '＝'}{' '}
        {formatCell(i.right) || '空'}
      </Typography.Link>
    </li>
  );
  return (
    <div className="identities-panel" aria-live="polite">
      <Typography.Title level={5}>勾稽关系（实时）</Typography.Title>
      <ul className="identity-list">{balances.map(row)}</ul>
      {failing.filter((i) => !i.key.startsWith('balance.')).length > 0 ? (
        <>
          <Typography.Text type="danger">以下总计与分项之和不符：</Typography.Text>
          <ul className="identity-list">
            {failing.filter((i) => !i.key.startsWith('balance.')).map(row)}
          </ul>
        </>
      ) : (
        <Typography.Paragraph type="secondary">各总计均等于其分项之和。</Typography.Paragraph>
      )}
    </div>
  );
}
