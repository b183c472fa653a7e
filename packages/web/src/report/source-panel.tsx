import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Spin } from 'antd';
import { useEffect, useRef } from 'react';
import { getSourceText, sourceUrl } from '../api/reports.js';
import type { SourceInfo } from '../api/types.js';
import { formatBytes } from '../app/labels.js';
import { useAsync } from '../app/use-async.js';

/** The nearest ancestor that scrolls its own content (not the page). */
function scrollingBox(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
    const overflow = getComputedStyle(p).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && p.scrollHeight > p.clientHeight) return p;
  }
  return null;
}

/**
 * Centres a line in the panel's own scrolling box. Never scrolls the page: scrollIntoView
 * would, and the page moving under the pointer closes the hovered cell's card and takes the
 * reader away from the cell they are looking at. Where the panel does not scroll by itself
 * (stacked under the report on a narrow screen) the line is only highlighted.
 */
function scrollWithinPanel(el: HTMLElement): void {
  const box = scrollingBox(el);
  if (!box) return;
  const line = el.getBoundingClientRect();
  const view = box.getBoundingClientRect();
  const top = box.scrollTop + line.top - view.top - (box.clientHeight - line.height) / 2;
  box.scrollTo({ top: Math.max(0, top), behavior: 'smooth' });
}

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
    if (el) scrollWithinPanel(el);
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
