import { UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  Select,
  Space,
  Statistic,
  Table,
  Upload,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import {
  createProactive,
  importProactive,
  listProactive,
  type ProactiveChannel,
  type ProactiveImportResult,
  type ProactiveItem,
} from '../api/casework.js';
import { navigate, useLocation } from '../app/router.js';
import { useUser } from '../app/session.js';
import { useAsync } from '../app/use-async.js';
import { PageHeader } from '../report/page-header.js';
import './casework.css';
import { isIsoDate, today } from './dates.js';
import { PROACTIVE_CHANNEL_OPTIONS } from './labels.js';
import { withQuery } from './query.js';
import { canWriteCasework, scopeFromQuery } from './scope.js';
import { AgencyYearFilters } from './scope-filters.js';

const PATH = '/casework/proactive';
const PAGE_SIZE = 20;

interface ItemValues {
  title: string;
  publishedOn: string;
  channel: ProactiveChannel;
  category: string;
}

const COLUMNS: TableColumnsType<ProactiveItem> = [
  { title: '标题', dataIndex: 'title' },
  { title: '公开日期', dataIndex: 'publishedOn', width: 110 },
  { title: '公开渠道', dataIndex: 'channelLabel', width: 110 },
  { title: '类别', dataIndex: 'category', width: 140, responsive: ['md'] },
];

/** 主动公开登记: the agency's proactive disclosures, added one by one or imported from a file. */
export default function ProactivePage() {
  const user = useUser();
  const { message } = App.useApp();
  const { query } = useLocation();
  const scope = scopeFromQuery(query, user, new Date().getFullYear());
  const page = Math.max(1, Number(query.get('page') ?? '1') || 1);
  const list = useAsync(
    () => listProactive({ agencyId: scope.agencyId, year: scope.year, page, pageSize: PAGE_SIZE }),
    [scope.agencyId, scope.year, page],
  );
  const [form] = Form.useForm<ItemValues>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const [imported, setImported] = useState<ProactiveImportResult | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const writable = canWriteCasework(user) && scope.agencyId !== undefined;

  const update = (patch: Record<string, string | number | undefined>) =>
    navigate(withQuery(PATH, query, { page: undefined, ...patch }), { replace: true });

  const onAdd = async (v: ItemValues) => {
    if (scope.agencyId === undefined) return;
    setSaving(true);
    setError(null);
    try {
      await createProactive({ agencyId: scope.agencyId, ...v, title: v.title.trim() });
      message.success('已登记');
      form.resetFields(['title']);
      list.reload();
    } catch (e) {
      setError(e instanceof Error ? e.message : '登记失败，请稍后重试。');
    } finally {
      setSaving(false);
    }
  };

  const onImport = async (file: File) => {
    if (scope.agencyId === undefined) return;
    setImporting(true);
    setImportError(null);
    setImported(null);
    try {
      setImported(await importProactive(scope.agencyId, file));
      list.reload();
    } catch (e) {
      setImportError(e instanceof Error ? e.message : '导入失败，请稍后重试。');
    } finally {
      setImporting(false);
    }
  };

  return (
    <div className="page">
      <PageHeader title="主动公开登记" subtitle="主动公开的政府信息：日期、渠道与类别" />
      <form
        className="filters"
        role="search"
        aria-label="筛选主动公开"
        onSubmit={(e) => e.preventDefault()}
      >
        <AgencyYearFilters
          agencyId={scope.agencyId}
          year={scope.year}
          onAgency={(v) => update({ agencyId: v })}
          onYear={(v) => update({ year: v })}
        />
      </form>
      {list.data && (
        <Space wrap size="large" className="block-gap">
          <Statistic title="合计" value={list.data.total} suffix="条" />
          {PROACTIVE_CHANNEL_OPTIONS.map((c) => (
            <Statistic
              key={c.value}
              title={c.label}
              value={list.data?.byChannel[c.value] ?? 0}
              suffix="条"
            />
          ))}
        </Space>
      )}
      {writable && (
        <div className="case-grid block-gap">
          <Card title="登记一条" size="small">
            <Form<ItemValues>
              form={form}
              layout="vertical"
              disabled={saving}
              initialValues={{ publishedOn: today(), channel: 'portal' }}
              onFinish={(v) => void onAdd(v)}
            >
              <Form.Item
                name="title"
                label="标题"
                rules={[{ required: true, whitespace: true, message: '请填写标题' }]}
              >
                <Input maxLength={500} />
              </Form.Item>
              <div className="form-row">
                <Form.Item
                  name="publishedOn"
                  label="公开日期"
                  className="form-row-narrow"
                  rules={[
                    { required: true, message: '请填写公开日期' },
                    {
                      validator: (_, v: string | undefined) =>
                        !v || isIsoDate(v)
                          ? Promise.resolve()
                          : Promise.reject(new Error('日期应写作 YYYY-MM-DD')),
                    },
                  ]}
                >
                  <Input type="date" />
                </Form.Item>
                <Form.Item name="channel" label="公开渠道" className="form-row-narrow">
                  <Select options={PROACTIVE_CHANNEL_OPTIONS.map((o) => ({ ...o }))} />
                </Form.Item>
                <Form.Item
                  name="category"
                  label="类别"
                  className="form-row-wide"
                  rules={[{ required: true, whitespace: true, message: '请填写类别' }]}
                >
                  <Input maxLength={100} placeholder="如：政策文件、规划计划、财政预决算" />
                </Form.Item>
              </div>
              {error && (
                <Alert
                  type="error"
                  showIcon
                  className="block-gap"
                  title="登记失败"
                  description={error}
                />
              )}
              <Button type="primary" htmlType="submit" loading={saving}>
                登记
              </Button>
            </Form>
          </Card>
          <Card title="从文件导入" size="small">
            <p className="muted">
              CSV（UTF-8 或 GBK）或
              Excel（.xlsx，读第一个工作表）。表头须有“标题”“发布日期”“发布渠道”（门户网站 /
              政务新媒体 / 公报 /
              其他），可有“类别”，列顺序不限。有效行全部导入；有问题的行不导入，并逐行说明原因。
            </p>
            <Upload
              accept=".csv,.xlsx"
              showUploadList={false}
              beforeUpload={(file) => {
                void onImport(file);
                return false;
              }}
              disabled={importing}
            >
              <Button icon={<UploadOutlined />} loading={importing}>
                选择文件导入
              </Button>
            </Upload>
            {importError && (
              <Alert
                type="error"
                showIcon
                className="import-rejected"
                title="导入失败"
                description={importError}
              />
            )}
            {imported && (
              <Alert
                type={imported.rejected.length > 0 ? 'warning' : 'success'}
                showIcon
                className="import-rejected"
                title={`已导入 ${imported.imported} 条${imported.rejected.length > 0 ? `，${imported.rejected.length} 行未导入` : ''}`}
                description={
                  imported.rejected.length > 0 && (
                    <ul className="finding-list" aria-label="未导入的行">
                      {imported.rejected.map((r) => (
                        <li key={r.line}>
                          第 {r.line} 行：{r.message}
                        </li>
                      ))}
                    </ul>
                  )
                }
              />
            )}
          </Card>
        </div>
      )}
      {list.error && (
        <Alert
          type="error"
          showIcon
          title="无法读取主动公开登记"
          description={list.error.message}
        />
      )}
      <Table<ProactiveItem>
        className="casework-table"
        rowKey="id"
        size="middle"
        loading={list.loading}
        columns={COLUMNS}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: '没有主动公开登记' }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (t) => `共 ${t} 条`,
          onChange: (p) => navigate(withQuery(PATH, query, { page: p }), { replace: true }),
        }}
      />
    </div>
  );
}
