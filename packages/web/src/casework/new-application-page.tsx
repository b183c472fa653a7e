import { Alert, App, Button, Card, Form, Input, Radio, Result, Select, Space } from 'antd';
import { useState } from 'react';
import {
  createApplication,
  type ApplicantType,
  type ApplicationDetail,
  type Channel,
  type NewApplication,
} from '../api/casework.js';
import { Link, navigate } from '../app/router.js';
import { useUser } from '../app/session.js';
import { PageHeader } from '../report/page-header.js';
import './casework.css';
import { isIsoDate, today } from './dates.js';
import { APPLICANT_TYPE_OPTIONS, CHANNEL_OPTIONS, IDENTITY_KINDS } from './labels.js';
import { receiptFacts, receiptField, type PostKind } from './receipt-fields.js';
import { useAgencyOptions } from './scope-filters.js';

interface FormValues {
  agencyId: number;
  channel: Channel;
  postKind: PostKind;
  receiptDate: string;
  applicantType: ApplicantType;
  applicantName: string;
  identityKind?: string;
  identityNumber?: string;
  content: string;
  requestedForm?: string;
  requestedDelivery?: string;
}

const FORMS = ['纸质', '电子数据', '其他'].map((v) => ({ value: v, label: v }));
const DELIVERIES = ['自行领取', '邮寄', '电子邮件', '网络平台', '传真', '其他'].map((v) => ({
  value: v,
  label: v,
}));

/** The request body from the form: the channel's date only, the document only when given. */
function toRequest(v: FormValues): NewApplication {
  const number = v.identityNumber?.trim();
  return {
    agencyId: v.agencyId,
    channel: v.channel,
    receipt: receiptFacts(v.channel, v.postKind, v.receiptDate),
    applicant: {
      type: v.applicantType,
      name: v.applicantName.trim(),
      ...(number ? { identityDocument: { kind: v.identityKind ?? '其他证件', number } } : {}),
    },
    content: v.content.trim(),
    ...(v.requestedForm ? { requestedForm: v.requestedForm } : {}),
    ...(v.requestedDelivery ? { requestedDelivery: v.requestedDelivery } : {}),
  };
}

/**
 * 登记申请: intake of an application from any channel. The date asked for follows the
 * channel's rule (条例第三十一条); duplicates are reported after saving, never refused.
 */
export default function NewApplicationPage() {
  const user = useUser();
  const { message } = App.useApp();
  const agencies = useAgencyOptions();
  const [form] = Form.useForm<FormValues>();
  const channel = Form.useWatch('channel', form) ?? 'inPerson';
  const postKind = Form.useWatch('postKind', form) ?? 'signedFor';
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<ApplicationDetail | null>(null);
  const field = receiptField(channel, postKind);

  const onFinish = async (values: FormValues) => {
    setSaving(true);
    setError(null);
    try {
      const created = await createApplication(toRequest(values));
      if (created.duplicates.length > 0) setSaved(created);
      else {
        message.success(`已登记，编号 ${created.number}`);
        navigate(`/casework/applications/${encodeURIComponent(created.id)}`);
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : '登记失败，请稍后重试。');
    } finally {
      setSaving(false);
    }
  };

  if (saved)
    return (
      <div className="page">
        <Result
          status="warning"
          title={`已登记，编号 ${saved.number}`}
          subTitle="同一申请人此前提出过内容相同的申请，请核对是否属于重复申请。"
          extra={[
            <Button
              key="open"
              type="primary"
              onClick={() => navigate(`/casework/applications/${encodeURIComponent(saved.id)}`)}
            >
              查看案件
            </Button>,
            <Button
              key="again"
              onClick={() => {
                setSaved(null);
                form.resetFields(['applicantName', 'identityNumber', 'content']);
              }}
            >
              继续登记
            </Button>,
          ]}
        >
          <ul className="duplicate-list" aria-label="相同的申请">
            {saved.duplicates.map((d) => (
              <li key={d.id}>
                <Link to={`/casework/applications/${encodeURIComponent(d.id)}`}>{d.number}</Link>（
                {d.receivedOn} 收到，{d.kind === 'duplicate' ? '疑似重复登记' : '重复申请'}）
              </li>
            ))}
          </ul>
        </Result>
      </div>
    );

  return (
    <div className="page page-narrow">
      <PageHeader title="登记申请" subtitle="依申请公开：登记收到的政府信息公开申请" />
      <Card>
        <Form<FormValues>
          form={form}
          layout="vertical"
          requiredMark
          disabled={saving}
          initialValues={{
            agencyId: user.agencyId ?? undefined,
            channel: 'inPerson',
            postKind: 'signedFor',
            receiptDate: today(),
            applicantType: 'naturalPerson',
            identityKind: IDENTITY_KINDS[0],
          }}
          onFinish={(v) => void onFinish(v)}
        >
          <Form.Item
            name="agencyId"
            label="受理机关"
            rules={[{ required: true, message: '请选择机关' }]}
          >
            <Select
              options={agencies.options}
              loading={agencies.loading}
              showSearch={{ optionFilterProp: 'label' }}
              disabled={user.role === 'clerk'}
            />
          </Form.Item>
          <Form.Item name="channel" label="提交方式" rules={[{ required: true }]}>
            <Radio.Group aria-label="提交方式" options={CHANNEL_OPTIONS.map((c) => ({ ...c }))} />
          </Form.Item>
          {channel === 'post' && (
            <Form.Item name="postKind" label="邮寄方式">
              <Radio.Group
                aria-label="邮寄方式"
                options={[
                  { value: 'signedFor', label: '需签收（挂号信、快递等）' },
                  { value: 'ordinary', label: '平常信函（无需签收）' },
                ]}
              />
            </Form.Item>
          )}
          <Form.Item
            name="receiptDate"
            label={field.label}
            extra={field.help}
            rules={[
              { required: true, message: `请填写${field.label}` },
              {
                validator: (_, v: string | undefined) =>
                  !v || isIsoDate(v)
                    ? Promise.resolve()
                    : Promise.reject(new Error('日期应写作 YYYY-MM-DD')),
              },
            ]}
          >
            <Input type="date" max="2099-12-31" />
          </Form.Item>
          <Form.Item
            name="applicantType"
            label="申请人类型"
            extra="即年报表三的申请人栏目。"
            rules={[{ required: true }]}
          >
            <Radio.Group
              aria-label="申请人类型"
              options={APPLICANT_TYPE_OPTIONS.map((o) => ({
                value: o.value,
                label: o.group ? `${o.group}·${o.label}` : o.label,
              }))}
            />
          </Form.Item>
          <Form.Item
            name="applicantName"
            label="申请人姓名或名称"
            rules={[{ required: true, whitespace: true, message: '请填写申请人姓名或名称' }]}
          >
            <Input maxLength={200} autoComplete="off" />
          </Form.Item>
          <div className="form-row">
            <Form.Item name="identityKind" label="身份证件类型" className="form-row-narrow">
              <Select options={IDENTITY_KINDS.map((k) => ({ value: k, label: k }))} />
            </Form.Item>
            <Form.Item
              name="identityNumber"
              label="证件号码"
              extra="加密保存，页面上只显示部分号码。"
              className="form-row-wide"
            >
              <Input maxLength={64} autoComplete="off" />
            </Form.Item>
          </div>
          <Form.Item
            name="content"
            label="申请内容"
            rules={[{ required: true, whitespace: true, message: '请填写申请公开的政府信息内容' }]}
          >
            <Input.TextArea rows={4} maxLength={4000} showCount />
          </Form.Item>
          <Form.Item name="requestedForm" label="获取信息的形式">
            <Select allowClear options={FORMS} placeholder="未指定" />
          </Form.Item>
          <Form.Item name="requestedDelivery" label="获取信息的方式">
            <Select allowClear options={DELIVERIES} placeholder="未指定" />
          </Form.Item>
          {error && (
            <Alert
              type="error"
              showIcon
              className="block-gap"
              title="登记失败"
              description={error}
            />
          )}
          <Space>
            <Button type="primary" htmlType="submit" loading={saving}>
              登记
            </Button>
            <Button htmlType="button" onClick={() => navigate('/casework/applications')}>
              返回登记簿
            </Button>
          </Space>
        </Form>
      </Card>
    </div>
  );
}
