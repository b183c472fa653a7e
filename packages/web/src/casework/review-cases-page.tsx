import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  Modal,
  Radio,
  Table,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import {
  createReviewCase,
  listReviewCases,
  updateReviewCase,
  type ReviewCaseView,
  type ReviewKind,
  type ReviewResult,
} from '../api/casework.js';
import { Link, navigate, useLocation } from '../app/router.js';
import { useUser } from '../app/session.js';
import { useAsync } from '../app/use-async.js';
import { PageHeader } from '../report/page-header.js';
import { ApplicationPicker } from './application-picker.js';
import './casework.css';
import { isIsoDate, today } from './dates.js';
import { REVIEW_KIND_OPTIONS, REVIEW_RESULT_OPTIONS } from './labels.js';
import { withQuery } from './query.js';
import { canWriteCasework, scopeFromQuery } from './scope.js';
import { AgencyYearFilters } from './scope-filters.js';

const PATH = '/casework/review-cases';

interface CaseValues {
  kind: ReviewKind;
  applicationId: string | null;
  filedOn: string;
  result: ReviewResult;
  decidedOn?: string;
}

interface ResultValues {
  result: ReviewResult;
  decidedOn?: string;
}

const dateRule = {
  validator: (_: unknown, v: string | undefined) =>
    !v || isIsoDate(v) ? Promise.resolve() : Promise.reject(new Error('日期应写作 YYYY-MM-DD')),
};

/** A decided case needs its date; a pending one has none (the server says the same). */
const decidedRule = ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
  validator: (_: unknown, v: string | undefined) =>
    getFieldValue('result') === 'pending' || (v && v !== '')
      ? Promise.resolve()
      : Promise.reject(new Error('已审结的案件须填写审结日期')),
});

/** The result fields shared by adding a case and setting its result. */
function ResultFields({ result }: { result: ReviewResult | undefined }) {
  return (
    <>
      <Form.Item name="result" label="审理结果" rules={[{ required: true }]}>
        <Radio.Group options={REVIEW_RESULT_OPTIONS.map((o) => ({ ...o }))} />
      </Form.Item>
      {result !== 'pending' && (
        <Form.Item name="decidedOn" label="审结日期" rules={[dateRule, decidedRule]}>
          <Input type="date" />
        </Form.Item>
      )}
    </>
  );
}

/**
 * 复议诉讼登记: 行政复议 and 行政诉讼 cases about the agency's disclosure work, linked to the
 * application they concern; table 四 is counted from them.
 * @see 条例第五十一条
 */
export default function ReviewCasesPage() {
  const user = useUser();
  const { message } = App.useApp();
  const { query } = useLocation();
  const scope = scopeFromQuery(query, user, new Date().getFullYear());
  const list = useAsync(
    () => listReviewCases({ agencyId: scope.agencyId, year: scope.year }),
    [scope.agencyId, scope.year],
  );
  const writable = canWriteCasework(user) && scope.agencyId !== undefined;
  const [form] = Form.useForm<CaseValues>();
  const addResult = Form.useWatch('result', form);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<ReviewCaseView | null>(null);
  const [resultForm] = Form.useForm<ResultValues>();
  const editResult = Form.useWatch('result', resultForm);
  const [editError, setEditError] = useState<string | null>(null);

  const onAdd = async (v: CaseValues) => {
    if (scope.agencyId === undefined) return;
    setSaving(true);
    setError(null);
    try {
      await createReviewCase({
        agencyId: scope.agencyId,
        kind: v.kind,
        applicationId: v.applicationId ?? null,
        filedOn: v.filedOn,
        result: v.result,
        decidedOn: v.result === 'pending' ? null : (v.decidedOn ?? null),
      });
      message.success('已登记');
      form.resetFields();
      list.reload();
    } catch (e) {
      setError(e instanceof Error ? e.message : '登记失败，请稍后重试。');
    } finally {
      setSaving(false);
    }
  };

  const onSetResult = async () => {
    if (!editing) return;
    const v = await resultForm.validateFields();
    setEditError(null);
    try {
      await updateReviewCase(editing.id, {
        result: v.result,
        decidedOn: v.result === 'pending' ? null : (v.decidedOn ?? null),
      });
      message.success('已更新审理结果');
      setEditing(null);
      list.reload();
    } catch (e) {
      setEditError(e instanceof Error ? e.message : '保存失败，请稍后重试。');
    }
  };

  const columns: TableColumnsType<ReviewCaseView> = [
    { title: '类别', dataIndex: 'kindLabel', width: 150 },
    {
      title: '涉及的申请',
      key: 'application',
      width: 150,
      render: (_: unknown, r) =>
        r.applicationId ? (
          <Link to={`/casework/applications/${encodeURIComponent(r.applicationId)}`}>
            {r.applicationNumber ?? '查看申请'}
          </Link>
        ) : (
          '—'
        ),
    },
    { title: '立案日期', dataIndex: 'filedOn', width: 110 },
    { title: '审理结果', dataIndex: 'resultLabel', width: 110 },
    {
      title: '审结日期',
      dataIndex: 'decidedOn',
      width: 110,
      render: (d: string | null) => d ?? '—',
    },
    ...(canWriteCasework(user)
      ? [
          {
            title: '操作',
            key: 'actions',
            width: 110,
            render: (_: unknown, r: ReviewCaseView) => (
              <Button
                size="small"
                onClick={() => {
                  setEditError(null);
                  setEditing(r);
                  resultForm.setFieldsValue({
                    result: r.result,
                    decidedOn: r.decidedOn ?? today(),
                  });
                }}
              >
                设定结果
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <div className="page">
      <PageHeader title="复议诉讼登记" subtitle="年报表四：政府信息公开行政复议、行政诉讼情况" />
      <form
        className="filters"
        role="search"
        aria-label="筛选复议诉讼"
        onSubmit={(e) => e.preventDefault()}
      >
        <AgencyYearFilters
          agencyId={scope.agencyId}
          year={scope.year}
          onAgency={(v) => navigate(withQuery(PATH, query, { agencyId: v }), { replace: true })}
          onYear={(v) => navigate(withQuery(PATH, query, { year: v }), { replace: true })}
        />
      </form>
      {writable && (
        <Card title="登记案件" size="small" className="block-gap">
          <Form<CaseValues>
            form={form}
            layout="vertical"
            disabled={saving}
            initialValues={{
              kind: 'reconsideration',
              filedOn: today(),
              result: 'pending',
              applicationId: null,
            }}
            onFinish={(v) => void onAdd(v)}
          >
            <Form.Item name="kind" label="类别" rules={[{ required: true }]}>
              <Radio.Group options={REVIEW_KIND_OPTIONS.map((o) => ({ ...o }))} />
            </Form.Item>
            <div className="form-row">
              <Form.Item name="applicationId" label="涉及的申请" className="form-row-wide">
                <ApplicationPicker agencyId={scope.agencyId} />
              </Form.Item>
              <Form.Item
                name="filedOn"
                label="立案日期"
                className="form-row-narrow"
                rules={[{ required: true, message: '请填写立案日期' }, dateRule]}
              >
                <Input type="date" />
              </Form.Item>
            </div>
            <ResultFields result={addResult} />
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
      )}
      {list.error && (
        <Alert
          type="error"
          showIcon
          title="无法读取复议诉讼登记"
          description={list.error.message}
        />
      )}
      <Table<ReviewCaseView>
        className="casework-table"
        rowKey="id"
        size="middle"
        loading={list.loading}
        columns={columns}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: '没有复议或诉讼案件' }}
        pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
      />
      <Modal
        title="设定审理结果"
        open={editing !== null}
        okText="保存"
        cancelText="取消"
        onOk={() => void onSetResult().catch(() => undefined)}
        onCancel={() => setEditing(null)}
        destroyOnHidden
      >
        <Form<ResultValues> form={resultForm} layout="vertical" preserve={false}>
          <ResultFields result={editResult} />
        </Form>
        {editError && <Alert type="error" showIcon title="保存失败" description={editError} />}
      </Modal>
    </div>
  );
}
