import { FormOutlined } from '@ant-design/icons';
import { formatForYear, getFormat } from '@xxgk/model';
import { Alert, Button, Card, Form, InputNumber, Select, Typography } from 'antd';
import { useState } from 'react';
import { createReport } from '../api/reports.js';
import { useOrganisation } from '../app/organisation.js';
import { navigate } from '../app/router.js';
import { useUser } from '../app/session.js';
import { PageHeader } from '../report/page-header.js';

interface Values {
  agencyId: number;
  year: number;
}

/**
 * 填报: choose the agency and year; an empty report of the format in force that year is created
 * and opened for filling in, with totals and identities computed live.
 * @see 国办公开办函〔2021〕30号（2021 年度起适用）；国办公开办函〔2019〕60号（2019、2020 年度）
 */
export default function NewReportPage() {
  const user = useUser();
  const org = useOrganisation();
  const [form] = Form.useForm<Values>();
  const year = Form.useWatch('year', form);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const agencies =
    user.agencyId === null ? org.agencies : org.agencies.filter((a) => a.id === user.agencyId);

  const onFinish = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      const { id } = await createReport(v.agencyId, v.year);
      navigate(`/reports/${id}?mode=fill`);
    } catch (e) {
      setError(e instanceof Error ? e.message : '创建失败，请稍后重试。');
    } finally {
      setBusy(false);
    }
  };

  const format = typeof year === 'number' && year >= 2008 ? getFormat(formatForYear(year)) : null;
  return (
    <div className="page narrow-page">
      <PageHeader title="填报年报" />
      <Card>
        <Typography.Paragraph>
          选择机关和年度后，系统按该年度适用的国家格式生成空白年报，您可以直接在表格中填写。“总计”和勾稽关系会随填写实时计算。
        </Typography.Paragraph>
        {error && <Alert type="error" showIcon role="alert" className="block-gap" title={error} />}
        <Form
          form={form}
          layout="vertical"
          initialValues={{
            year: new Date().getFullYear() - 1,
            agencyId: user.agencyId ?? undefined,
          }}
          onFinish={(v: Values) => void onFinish(v)}
        >
          <Form.Item
            label="机关"
            name="agencyId"
            rules={[{ required: true, message: '请选择机关' }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={org.loading}
              options={agencies.map((a) => ({ value: a.id, label: a.name }))}
              placeholder="选择机关"
            />
          </Form.Item>
          <Form.Item
            label="年度"
            name="year"
            rules={[{ required: true, message: '请填写年度' }]}
            extra={format ? `适用格式：${format.name}（${format.issuedBy}）` : undefined}
          >
            <InputNumber min={2008} max={2100} precision={0} style={{ width: 160 }} suffix="年度" />
          </Form.Item>
          <Button type="primary" htmlType="submit" icon={<FormOutlined />} loading={busy}>
            开始填报
          </Button>
        </Form>
      </Card>
    </div>
  );
}
