import { Alert, App, Button, Card, Form, InputNumber, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { getArticle20, putArticle20, type Article20Figures } from '../api/casework.js';
import { navigate, useLocation } from '../app/router.js';
import { useUser } from '../app/session.js';
import { useAsync } from '../app/use-async.js';
import { PageHeader } from '../report/page-header.js';
import './casework.css';
import { withQuery } from './query.js';
import { canWriteCasework, scopeFromQuery } from './scope.js';
import { AgencyYearFilters } from './scope-filters.js';

const PATH = '/casework/article20';

const EMPTY: Article20Figures = {
  regulations: { issued: 0, repealed: 0, inForce: 0 },
  normativeDocuments: { issued: 0, repealed: 0, inForce: 0 },
  licensingDecisions: 0,
  punishmentDecisions: 0,
  coercionDecisions: 0,
  feesWanYuan: 0,
};

/** The figures of table 二 as form fields: name path and label. */
const DOC_ROWS = [
  { key: 'regulations', label: '规章' },
  { key: 'normativeDocuments', label: '行政规范性文件' },
] as const;
const DOC_COLUMNS = [
  { key: 'issued', label: '本年制发件数' },
  { key: 'repealed', label: '本年废止件数' },
  { key: 'inForce', label: '现行有效件数' },
] as const;
const DECISIONS = [
  { key: 'licensingDecisions', label: '行政许可 本年处理决定数量' },
  { key: 'punishmentDecisions', label: '行政处罚 本年处理决定数量' },
  { key: 'coercionDecisions', label: '行政强制 本年处理决定数量' },
] as const;

const countRules = [{ required: true, message: '请填写件数（没有填 0）' }];

/**
 * 第二十条数据: the yearly figures of 条例第二十条 that table 二 reports (规章, 行政规范性文件,
 * 许可, 处罚, 强制, 收费). Clerks edit their agency's; others read.
 * @see 条例第二十条
 */
export default function Article20Page() {
  const user = useUser();
  const { message } = App.useApp();
  const { query } = useLocation();
  const scope = scopeFromQuery(query, user, new Date().getFullYear() - 1);
  const { agencyId, year } = scope;
  const record = useAsync(
    () =>
      agencyId === undefined || year === undefined
        ? Promise.resolve(null)
        : getArticle20(agencyId, year),
    [agencyId, year],
  );
  const [form] = Form.useForm<Article20Figures>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const writable = canWriteCasework(user);

  useEffect(() => {
    if (record.data !== undefined) form.setFieldsValue(record.data?.figures ?? EMPTY);
  }, [record.data, form]);

  const onSave = async (figures: Article20Figures) => {
    if (agencyId === undefined || year === undefined) return;
    setSaving(true);
    setError(null);
    try {
      await putArticle20(agencyId, year, figures);
      message.success('已保存');
      record.reload();
    } catch (e) {
      setError(e instanceof Error ? e.message : '保存失败，请稍后重试。');
    } finally {
      setSaving(false);
    }
  };

  const update = (patch: Record<string, number | undefined>) =>
    navigate(withQuery(PATH, query, patch), { replace: true });

  return (
    <div className="page page-narrow">
      <PageHeader title="第二十条数据" subtitle="年报表二：主动公开政府信息情况（条例第二十条）" />
      <form
        className="filters"
        role="search"
        aria-label="选择机关和年度"
        onSubmit={(e) => e.preventDefault()}
      >
        <AgencyYearFilters
          agencyId={agencyId}
          year={year}
          onAgency={(v) => update({ agencyId: v })}
          onYear={(v) => update({ year: v })}
          yearRequired
        />
      </form>
      {agencyId === undefined && <Alert type="info" showIcon title="请先选择机关和年度。" />}
      {record.error && (
        <Alert
          type="error"
          showIcon
          title="无法读取第二十条数据"
          description={record.error.message}
        />
      )}
      {record.loading && <Spin description="正在加载…" />}
      {agencyId !== undefined && year !== undefined && record.data !== undefined && (
        <Card size="small" title={`${year} 年度`}>
          {record.data?.figures === null && (
            <Alert type="info" showIcon className="block-gap" title="尚未填写本年度的数据。" />
          )}
          <Form<Article20Figures>
            form={form}
            layout="vertical"
            disabled={!writable || saving}
            initialValues={EMPTY}
            onFinish={(v) => void onSave(v)}
          >
            {DOC_ROWS.map((row) => (
              <fieldset key={row.key} className="form-fieldset">
                <legend>{row.label}</legend>
                <div className="form-row">
                  {DOC_COLUMNS.map((col) => (
                    <Form.Item
                      key={col.key}
                      name={[row.key, col.key]}
                      label={`${row.label} ${col.label}`}
                      rules={countRules}
                      className="form-row-narrow"
                    >
                      <InputNumber min={0} precision={0} className="full-width" />
                    </Form.Item>
                  ))}
                </div>
              </fieldset>
            ))}
            <div className="form-row">
              {DECISIONS.map((d) => (
                <Form.Item
                  key={d.key}
                  name={d.key}
                  label={d.label}
                  rules={countRules}
                  className="form-row-narrow"
                >
                  <InputNumber min={0} precision={0} className="full-width" />
                </Form.Item>
              ))}
              <Form.Item
                name="feesWanYuan"
                label="行政事业性收费 本年收费金额（万元）"
                rules={[{ required: true, message: '请填写金额（没有填 0）' }]}
                className="form-row-narrow"
              >
                <InputNumber min={0} precision={4} className="full-width" />
              </Form.Item>
            </div>
            {error && (
              <Alert
                type="error"
                showIcon
                className="block-gap"
                title="保存失败"
                description={error}
              />
            )}
            {writable && (
              <Button type="primary" htmlType="submit" loading={saving}>
                保存
              </Button>
            )}
          </Form>
        </Card>
      )}
    </div>
  );
}
