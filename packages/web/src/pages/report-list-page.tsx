import { ImportOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import {
  Alert,
  Badge,
  Button,
  Input,
  Select,
  Space,
  Table,
  Tag,
  TreeSelect,
  type TableColumnsType,
  type TableProps,
} from 'antd';
import { useMemo } from 'react';
import { exportListUrl, exportUrl, listReports, type ReportQuery } from '../api/reports.js';
import type { ReportListItem, ReportSort, ReportStatus } from '../api/types.js';
import { FORMAT_LABELS, formatTime, ORIGIN_LABELS, STATUS_LABELS } from '../app/labels.js';
import { regionTreeData, subtreeIds, useOrganisation } from '../app/organisation.js';
import { Link, navigate, useLocation } from '../app/router.js';
import { useUser } from '../app/session.js';
import { useAsync } from '../app/use-async.js';
import { ExportMenu } from '../report/export-menu.js';
import { PageHeader } from '../report/page-header.js';
import { queryFromSearch, searchFromQuery } from './report-query.js';

const YEARS = (() => {
  const last = new Date().getFullYear();
  const out: number[] = [];
  for (let y = last; y >= 2008; y -= 1) out.push(y);
  return out;
})();

/** 年报列表: filter by region, agency, year, status and errors; sort; page; export. */
export default function ReportListPage() {
  const user = useUser();
  const { query: search } = useLocation();
  const query = useMemo(() => queryFromSearch(search), [search]);
  const org = useOrganisation();
  const list = useAsync(() => listReports(query), [JSON.stringify(query)]);

  const update = (patch: Partial<ReportQuery>, resetPage = true) =>
    navigate(
      `/reports${searchFromQuery({ ...query, ...patch, ...(resetPage ? { page: 1 } : {}) })}`,
      {
        replace: true,
      },
    );

  const agencyOptions = useMemo(() => {
    const inRegion = query.regionId === undefined ? null : subtreeIds(org.regions, query.regionId);
    return org.agencies
      .filter((a) => !inRegion || inRegion.has(a.regionId))
      .map((a) => ({ value: a.id, label: a.name }));
  }, [org.agencies, org.regions, query.regionId]);

  const sortOrder = (key: ReportSort) =>
    query.sort === key ? (query.order === 'asc' ? 'ascend' : 'descend') : null;

  const columns: TableColumnsType<ReportListItem> = [
    {
      title: '机关',
      dataIndex: ['agency', 'name'],
      key: 'agency',
      sorter: true,
      sortOrder: sortOrder('agency'),
      render: (_: unknown, r) => <Link to={`/reports/${r.id}`}>{r.agency.name}</Link>,
    },
    {
      title: '年度',
      dataIndex: 'year',
      key: 'year',
      sorter: true,
      sortOrder: sortOrder('year'),
      width: 80,
    },
    {
      title: '格式',
      dataIndex: 'format',
      width: 120,
      responsive: ['lg'],
      render: (f: string) => FORMAT_LABELS[f] ?? f,
    },
    {
      title: '来源',
      dataIndex: 'origin',
      width: 70,
      responsive: ['lg'],
      render: (o: ReportListItem['origin']) => ORIGIN_LABELS[o] ?? o,
    },
    {
      title: '状态',
      dataIndex: 'status',
      width: 90,
      render: (s: ReportStatus) => (
        <Tag color={STATUS_LABELS[s]?.color}>{STATUS_LABELS[s]?.label ?? s}</Tag>
      ),
    },
    {
      title: '错误',
      dataIndex: 'errors',
      key: 'errors',
      width: 80,
      sorter: true,
      sortOrder: sortOrder('errors'),
      render: (n: number) =>
        n > 0 ? (
          <Badge count={n} overflowCount={999} color="#cf1322" title={`${n} 个错误`} />
        ) : (
          <span className="muted">0</span>
        ),
    },
    {
      title: '警告',
      dataIndex: 'warnings',
      width: 70,
      render: (n: number) =>
        n > 0 ? (
          <Badge count={n} overflowCount={999} color="#d48806" title={`${n} 个警告`} />
        ) : (
          <span className="muted">0</span>
        ),
    },
    {
      title: '更新时间',
      dataIndex: 'updatedAt',
      key: 'updatedAt',
      width: 150,
      sorter: true,
      sortOrder: sortOrder('updatedAt'),
      responsive: ['md'],
      render: (t: string) => formatTime(t),
    },
    { title: '版本', dataIndex: 'currentVersion', width: 60, responsive: ['xl'] },
    {
      title: '操作',
      key: 'actions',
      width: 150,
      render: (_: unknown, r) => (
        <Space size="small" wrap>
          <Link to={`/reports/${r.id}/compare`}>对比</Link>
          <ExportMenu size="small" urlOf={(f) => exportUrl(r.id, f)} />
        </Space>
      ),
    },
  ];

  const onTable: TableProps<ReportListItem>['onChange'] = (pagination, _filters, sorter) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    const key = s?.order ? (s.columnKey as ReportSort | undefined) : undefined;
    const sortChanged =
      key !== query.sort || (key && (s?.order === 'ascend' ? 'asc' : 'desc') !== query.order);
    update(
      {
        sort: key,
        order: key ? (s?.order === 'ascend' ? 'asc' : 'desc') : undefined,
        page: sortChanged ? 1 : pagination.current,
        pageSize: pagination.pageSize,
      },
      false,
    );
  };

  const filtered =
    query.regionId !== undefined ||
    query.agencyId !== undefined ||
    query.year !== undefined ||
    query.status !== undefined ||
    query.hasErrors !== undefined ||
    query.q !== undefined;

  return (
    <div className="page">
      <PageHeader
        title="年报列表"
        extra={
          <Space wrap>
            {(user.role === 'clerk' || user.role === 'reviewer') && (
              <Button type="primary" icon={<ImportOutlined />} onClick={() => navigate('/import')}>
                导入
              </Button>
            )}
            {user.role === 'clerk' && (
              <Button icon={<PlusOutlined />} onClick={() => navigate('/new')}>
                填报
              </Button>
            )}
            <ExportMenu
              label={filtered ? '导出筛选结果' : '全部导出'}
              urlOf={(f) => exportListUrl(query, f)}
            />
          </Space>
        }
      />
      <form
        className="filters"
        role="search"
        aria-label="筛选年报"
        onSubmit={(e) => e.preventDefault()}
      >
        <TreeSelect
          aria-label="区划"
          placeholder="区划"
          allowClear
          treeDefaultExpandAll
          treeData={regionTreeData(org.regions)}
          value={query.regionId}
          onChange={(v?: number) => update({ regionId: v, agencyId: undefined })}
          className="filter-item"
        />
        <Select
          aria-label="机关"
          placeholder="机关"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          options={agencyOptions}
          value={query.agencyId}
          onChange={(v?: number) => update({ agencyId: v })}
          className="filter-item filter-wide"
        />
        <Select
          aria-label="年度"
          placeholder="年度"
          allowClear
          options={YEARS.map((y) => ({ value: y, label: `${y} 年度` }))}
          value={query.year}
          onChange={(v?: number) => update({ year: v })}
          className="filter-item"
        />
        <Select
          aria-label="状态"
          placeholder="状态"
          allowClear
          options={Object.entries(STATUS_LABELS).map(([value, s]) => ({ value, label: s.label }))}
          value={query.status}
          onChange={(v?: ReportStatus) => update({ status: v })}
          className="filter-item"
        />
        <Select
          aria-label="有无错误"
          placeholder="有无错误"
          allowClear
          options={[
            { value: 'true', label: '有错误' },
            { value: 'false', label: '无错误' },
          ]}
          value={query.hasErrors === undefined ? undefined : String(query.hasErrors)}
          onChange={(v?: string) =>
            update({ hasErrors: v === undefined ? undefined : v === 'true' })
          }
          className="filter-item"
        />
        <Input.Search
          aria-label="搜索机关或标题"
          placeholder="搜索机关或标题"
          allowClear
          defaultValue={query.q}
          key={query.q ?? ''}
          onSearch={(v) => update({ q: v.trim() || undefined })}
          className="filter-item filter-wide"
        />
        <Space>
          <Button
            onClick={() => navigate('/reports', { replace: true })}
            disabled={!filtered && !query.sort}
          >
            重置
          </Button>
          <Button icon={<ReloadOutlined />} onClick={list.reload} aria-label="刷新" />
        </Space>
      </form>
      {org.error && <Alert type="warning" showIcon className="block-gap" title={org.error} />}
      {list.error && (
        <Alert
          type="error"
          showIcon
          role="alert"
          className="block-gap"
          title="无法读取年报列表"
          description={list.error.message}
        />
      )}
      <Table<ReportListItem>
        className="report-table"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.loading}
        onChange={onTable}
        scroll={{ x: 720 }}
        locale={{
          emptyText: filtered
            ? '没有符合筛选条件的年报'
            : '还没有年报，可以从「导入」或「填报」开始',
        }}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => `共 ${total} 份年报`,
        }}
      />
    </div>
  );
}
