import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Table, Tabs, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import {
  listApplications,
  type ApplicationSummary,
  type ApplicationView,
} from '../api/casework.js';
import { Link, navigate, useLocation } from '../app/router.js';
import { useUser } from '../app/session.js';
import { useAsync } from '../app/use-async.js';
import { PageHeader } from '../report/page-header.js';
import './casework.css';
import { VIEW_TABS } from './labels.js';
import { withQuery } from './query.js';
import { RemainingTag } from './remaining-tag.js';
import { canWriteCasework, scopeFromQuery } from './scope.js';
import { AgencyYearFilters } from './scope-filters.js';

const PATH = '/casework/applications';
const PAGE_SIZE = 20;

function viewOf(text: string | null): ApplicationView {
  return VIEW_TABS.some((t) => t.value === text) ? (text as ApplicationView) : 'all';
}

/** 申请登记簿: every application with its status and the time left on its clock. */
export default function ApplicationsPage() {
  const user = useUser();
  const { query } = useLocation();
  const scope = scopeFromQuery(query, user);
  const view = viewOf(query.get('view'));
  const q = query.get('q') ?? '';
  const page = Math.max(1, Number(query.get('page') ?? '1') || 1);
  const request = {
    agencyId: scope.agencyId,
    year: scope.year,
    view,
    q,
    page,
    pageSize: PAGE_SIZE,
  };
  const list = useAsync(() => listApplications(request), [JSON.stringify(request)]);
  const update = (patch: Record<string, string | number | undefined>) =>
    navigate(withQuery(PATH, query, { page: undefined, ...patch }), { replace: true });

  const columns: TableColumnsType<ApplicationSummary> = useMemo(
    () => [
      {
        title: '编号',
        dataIndex: 'number',
        width: 140,
        render: (n: string, r) => <Link to={`${PATH}/${encodeURIComponent(r.id)}`}>{n}</Link>,
      },
      { title: '收到日期', dataIndex: 'receivedOn', width: 110, responsive: ['sm'] },
      { title: '渠道', dataIndex: 'channelLabel', width: 90, responsive: ['lg'] },
      { title: '申请人类型', dataIndex: 'applicantTypeLabel', width: 110, responsive: ['lg'] },
      { title: '申请人', dataIndex: 'applicantName', width: 120, responsive: ['md'] },
      {
        title: '内容',
        dataIndex: 'content',
        responsive: ['md'],
        render: (c: string) => (
          <Typography.Paragraph ellipsis={{ rows: 2, tooltip: c }} className="cell-paragraph">
            {c}
          </Typography.Paragraph>
        ),
      },
      {
        title: '状态',
        key: 'status',
        width: 130,
        render: (_: unknown, r) => (
          <>
            <Tag>{r.status.label}</Tag>
            {r.outcomeLabel && <div className="muted small-text">{r.outcomeLabel}</div>}
          </>
        ),
      },
      {
        title: '期限',
        dataIndex: 'due',
        width: 110,
        responsive: ['sm'],
        render: (d: string | null) => d ?? '—',
      },
      {
        title: '剩余时间',
        key: 'remaining',
        width: 150,
        render: (_: unknown, r) => <RemainingTag remaining={r.remaining} />,
      },
    ],
    [],
  );

  return (
    <div className="page">
      <PageHeader
        title="申请登记簿"
        subtitle="依申请公开的每一件申请：状态与答复期限"
        extra={
          canWriteCasework(user) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate(`${PATH}/new`)}>
              登记申请
            </Button>
          )
        }
      />
      <form
        className="filters"
        role="search"
        aria-label="筛选申请"
        onSubmit={(e) => e.preventDefault()}
      >
        <AgencyYearFilters
          agencyId={scope.agencyId}
          year={scope.year}
          onAgency={(v) => update({ agencyId: v })}
          onYear={(v) => update({ year: v })}
        />
        <Input.Search
          aria-label="搜索编号、申请人或内容"
          placeholder="搜索编号、申请人或内容"
          allowClear
          defaultValue={q}
          onSearch={(v) => update({ q: v.trim() })}
          className="filter-item filter-wide"
        />
      </form>
      <Tabs
        activeKey={view}
        onChange={(k) => update({ view: k === 'all' ? undefined : k })}
        items={VIEW_TABS.map((t) => ({ key: t.value, label: t.label }))}
      />
      {list.error && (
        <Alert type="error" showIcon title="无法读取申请登记簿" description={list.error.message} />
      )}
      <Table<ApplicationSummary>
        className="casework-table"
        rowKey="id"
        size="middle"
        loading={list.loading}
        columns={columns}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: '没有符合条件的申请' }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (t) => `共 ${t} 件`,
          onChange: (p) => navigate(withQuery(PATH, query, { page: p }), { replace: true }),
        }}
      />
    </div>
  );
}
