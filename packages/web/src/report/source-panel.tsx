import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Spin } from 'antd';
import { useEffect, useRef } from 'react';
import { getSourceText, sourceUrl } from '../api/reports.js';
import type { SourceInfo } from '../api/types.js';
import { formatBytes } from '../app/labels.js';
import { useAsync } from '../app/use-async.js';

/**
 * The source document beside the report, as the parsed text lines the provenance refers to.
 * The active line (of the hovered cell or the chosen finding) is highlighted and scrolled to.
 */
export function SourcePanel({
  reportId,
  source,
  activeLine,
}: {
  reportId: number;
  source: SourceInfo | null;
  activeLine: number | null;
}) {
  const text = useAsync(
    () => (source ? getSourceText(reportId) : Promise.resolve(null)),
    [reportId, source?.fileName],
  );
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (activeLine === null) return;
    const el = listRef.current?.querySelector<HTMLElement>(`[data-line="${activeLine}"]`);
    el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [activeLine, text.data]);

  if (!source)
    return (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="这份年报是填报的，没有原始文件" />
    );
  return (
    <div className="source-panel">
      <div className="block-gap">
        <Button size="small" icon={<DownloadOutlined />} href={sourceUrl(reportId)}>
          下载原件：{source.fileName}（{formatBytes(source.size)}）
        </Button>
      </div>
      {text.loading && <Spin description="正在读取原文…" />}
      {text.error && (
        <Alert type="error" showIcon title="无法读取原文" description={text.error.message} />
      )}
      {text.data && (
        <ol className="source-lines" ref={listRef} aria-label="原文（按行）">
          {text.data.lines.map((line, i) => (
            <li key={i} data-line={i + 1} className={activeLine === i + 1 ? 'active' : undefined}>
              <span className="ln" aria-hidden="true">
                {i + 1}
              </span>
              <span className="tx">{line}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
