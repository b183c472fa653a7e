import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Result, Spin, Tag, Timeline } from 'antd';
import { useEffect, useState } from 'react';
import {
  getApplication,
  noticeUrl,
  recordEvent,
  type ApplicationDetail,
  type CaseEventInput,
} from '../api/casework.js';
import { Link } from '../app/router.js';
import type { PageProps } from '../app/routes.js';
import { useUser } from '../app/session.js';
import { useAsync } from '../app/use-async.js';
import { PageHeader } from '../report/page-header.js';
import './casework.css';
import { EventForm } from './event-form.js';
import { EventLine } from './event-line.js';
import { remainingText } from './remaining.js';
import { RemainingTag } from './remaining-tag.js';
import { canWriteCasework } from './scope.js';

/**
 * 案件详情: the intake, the masked identity document, the timeline of events (each notice a
 * step sent downloadable beside it), why the reply is due on its day, the form for the next
 * event, and the 告知书 once replied.
 */
export default function ApplicationPage({ params }: PageProps) {
  const id = params.id ?? '';
  const user = useUser();
  const { message } = App.useApp();
  const loaded = useAsync(() => getApplication(id), [id]);
  const [detail, setDetail] = useState<ApplicationDetail | undefined>();
  useEffect(() => setDetail(loaded.data), [loaded.data]);

  if (loaded.error)
    return (
      <Result
        status={loaded.error.message.includes('权') ? '403' : '404'}
        title="无法打开案件"
        subTitle={loaded.error.message}
        extra={<Link to="/casework/applications">返回申请登记簿</Link>}
      />
    );
  if (!detail)
    return (
      <div className="page-loading" role="status">
        <Spin size="large" description="正在加载…">
          <div style={{ width: 200, height: 80 }} />
        </Spin>
      </div>
    );

  const replied = detail.events.some((e) => e.type === 'replied');
  const onRecord = async (event: CaseEventInput) => {
    const next = await recordEvent(detail.id, event);
    setDetail(next);
    message.success('已记录');
  };

  return (
    <div className="page">
      <PageHeader
        back={<Link to="/casework/applications">← 申请登记簿</Link>}
        title={`案件 ${detail.number}`}
        subtitle={
          <span className="case-subtitle">
            <Tag>{detail.status.label}</Tag>
            {remainingText(detail.remaining) !== detail.status.label && (
              <RemainingTag remaining={detail.remaining} />
            )}
            {detail.due && <span>答复期限 {detail.due}</span>}
          </span>
        }
        extra={
          replied && (
            <Button type="primary" icon={<DownloadOutlined />} href={noticeUrl(detail.id)} download>
              下载告知书
            </Button>
          )
        }
      />
      {detail.duplicates.length > 0 && (
        <Alert
          type="warning"
          showIcon
          className="block-gap"
          title="同一申请人此前提出过内容相同的申请"
          description={
            <ul className="duplicate-list">
              {detail.duplicates.map((d) => (
                <li key={d.id}>
                  <Link to={`/casework/applications/${encodeURIComponent(d.id)}`}>{d.number}</Link>
                  （{d.receivedOn} 收到，{d.kind === 'duplicate' ? '疑似重复登记' : '重复申请'}）
                </li>
              ))}
            </ul>
          }
        />
      )}
      <div className="case-grid">
        <div className="case-main">
          <Card title="申请" size="small" className="block-gap">
            <Descriptions
              column={{ xs: 1, sm: 1, md: 2 }}
              size="small"
              items={[
                { key: 'agency', label: '受理机关', children: detail.agencyName },
                { key: 'received', label: '收到申请日期', children: detail.receivedOn },
                { key: 'channel', label: '提交方式', children: detail.channelLabel },
                { key: 'type', label: '申请人类型', children: detail.applicantTypeLabel },
                { key: 'name', label: '申请人', children: detail.applicantName },
                {
                  key: 'id',
                  label: '身份证件',
                  children: detail.identityDocumentMasked
                    ? `${detail.identityDocumentKind ?? ''} ${detail.identityDocumentMasked}`.trim()
                    : '未登记',
                },
                {
                  key: 'form',
                  label: '获取信息的形式',
                  children: detail.requestedForm ?? '未指定',
                },
                {
                  key: 'delivery',
                  label: '获取信息的方式',
                  children: detail.requestedDelivery ?? '未指定',
                },
                {
                  key: 'content',
                  label: '申请内容',
                  span: 'filled',
                  children: <span className="pre-wrap">{detail.content}</span>,
                },
                ...(detail.outcomeLabel
                  ? [
                      {
                        key: 'outcome',
                        label: '答复结果',
                        span: 'filled' as const,
                        children: `${detail.outcomeLabel}${detail.closedOn ? `（${detail.closedOn} 办结）` : ''}`,
                      },
                    ]
                  : []),
              ]}
            />
          </Card>
          <Card title="办理过程" size="small" className="block-gap">
            <Timeline
              items={[
                {
                  key: 'received',
                  content: (
                    <div className="event-line">
                      <strong>{detail.receivedOn}</strong> 收到申请（{detail.channelLabel}）
                    </div>
                  ),
                },
                ...detail.events.map((e) => ({
                  key: String(e.seq),
                  color: e.type === 'replied' ? 'green' : 'blue',
                  content: <EventLine caseId={detail.id} e={e} />,
                })),
              ]}
            />
          </Card>
          {canWriteCasework(user) && (
            <Card title="记录下一个办理环节" size="small" className="block-gap">
              <EventForm
                allowed={detail.allowedEvents}
                reasonsRequired={detail.reasonsRequired}
                onRecord={onRecord}
              />
            </Card>
          )}
        </div>
        <Card
          title="为何是这一天"
          size="small"
          className="case-side block-gap"
          aria-label="答复期限的计算过程"
        >
          {detail.deadline.due ? (
            <p>
              答复期限：<strong data-testid="due-date">{detail.deadline.due}</strong>
            </p>
          ) : (
            <p className="muted">
              {detail.closedOn
                ? `案件已于 ${detail.closedOn} 办结，不再计算答复期限；以下是办理过程中期限的计算。`
                : '计时已暂停，恢复计时后重新确定答复期限。'}
            </p>
          )}
          <ol className="deadline-steps">
            {detail.deadline.explanation.map((step, i) => (
              <li key={i}>{step}</li>
            ))}
          </ol>
        </Card>
      </div>
    </div>
  );
}
