import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { proceduralNoticeUrl, type CaseEventView } from '../api/casework.js';
import { formatTime } from '../app/labels.js';
import { NOTICE_DOWNLOAD_LABELS } from './labels.js';

/**
 * One line of the timeline: the event, its details, who recorded it and when, and the notice
 * it sent (补正通知书, 延期答复告知书, 征求意见函, 收费通知书) to download.
 */
export function EventLine({ caseId, e }: { caseId: string; e: CaseEventView }) {
  return (
    <div className="event-line">
      <strong>{e.date}</strong> {e.label}
      {e.respondBy && <span>（补正期限 {e.respondBy}）</span>}
      {e.correction && <div className="pre-wrap event-details">需要补正：{e.correction}</div>}
      {e.consultee && <div>征求意见对象：{e.consultee}</div>}
      {e.outcomeLabel && <div>答复结果：{e.outcomeLabel}</div>}
      {e.details && <div className="pre-wrap event-details">理由或说明：{e.details}</div>}
      {e.fee && (
        <div>
          {e.fee.method === 'perItem' ? '按件计收' : '按量计收'}，{e.fee.amountYuan} 元
          {e.fee.pages !== undefined && `（${e.fee.pages} 页）`}
        </div>
      )}
      <div className="muted small-text">
        {e.recordedBy} 记录于 {formatTime(e.recordedAt)}
      </div>
      {e.noticeKind && (
        <Button
          size="small"
          icon={<DownloadOutlined />}
          href={proceduralNoticeUrl(caseId, e.noticeKind, e.seq)}
          download
        >
          {NOTICE_DOWNLOAD_LABELS[e.noticeKind]}
        </Button>
      )}
    </div>
  );
}
