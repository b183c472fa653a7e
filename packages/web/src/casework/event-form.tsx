import { Alert, Button, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import { useState } from 'react';
import type { CaseEventInput, CaseEventType, ReasonsRequired } from '../api/casework.js';
import { isIsoDate, today } from './dates.js';
import {
  eventInput,
  reasonsField,
  REPLY_DETAILS_MAX_LENGTH,
  type EventValues,
} from './event-input.js';
import { EVENT_LABELS, isCaseEventType, OUTCOME_OPTIONS } from './labels.js';

/** Hints under the event choice: what each event does to the clock. */
const EVENT_HINTS: Partial<Record<CaseEventType, string>> = {
  supplementRequested:
    '须在收到申请之日起7个工作日内一次性告知补正（条例第三十条）；补正期间不计时。',
  supplementReceived: '收到补正后，答复期限自收到补正之日起重新计算20个工作日（条例第三十条）。',
  extensionApproved: '经工作机构负责人同意可延长一次，延长不超过20个工作日（条例第三十三条）。',
  consultationStarted: '征求第三方或其他机关意见期间不计入答复期限（条例第三十二条、第三十三条）。',
  consultationEnded: '征求意见结束，恢复计时。',
  feeNoticeIssued:
    '收费通知发出后暂停计时；申请人20个工作日内未缴费视为放弃（国办函〔2020〕109号）。',
  feePaid: '缴费后恢复计时。',
  replied:
    '答复结果按年报表三的办理结果栏目选择；区分处理的只选“部分公开”。部分公开、不予公开须说明理由（条例第三十六条第（三）项），理由印在告知书上。',
  withdrawn: '申请人撤回申请，案件办结。',
};

const dateRules = (label: string) => [
  { required: true, message: `请填写${label}` },
  {
    validator: (_: unknown, v: string | undefined) =>
      !v || isIsoDate(v) ? Promise.resolve() : Promise.reject(new Error('日期应写作 YYYY-MM-DD')),
  },
];

/**
 * Records the next event of a case. Only the events the server allows next are offered, so an
 * impossible sequence is not even proposed; the server still refuses one with its reason. A
 * reply asks for its reasons, required for the outcomes in `reasonsRequired`.
 */
export function EventForm({
  allowed,
  reasonsRequired = [],
  onRecord,
}: {
  allowed: readonly string[];
  reasonsRequired?: readonly ReasonsRequired[];
  onRecord: (event: CaseEventInput) => Promise<void>;
}) {
  const types = allowed.filter(isCaseEventType);
  const [form] = Form.useForm<EventValues>();
  const type = Form.useWatch('type', form);
  const reasons = reasonsField(Form.useWatch('outcome', form), reasonsRequired);
  const feeMethod = Form.useWatch('feeMethod', form) ?? 'perItem';
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const onFinish = async (values: EventValues) => {
    setSaving(true);
    setError(null);
    try {
      await onRecord(eventInput(values));
      form.resetFields();
    } catch (e) {
      setError(e instanceof Error ? e.message : '记录失败，请稍后重试。');
    } finally {
      setSaving(false);
    }
  };

  if (types.length === 0) return <p className="muted">此案件已办结，不能再记录办理环节。</p>;

  return (
    <Form<EventValues>
      form={form}
      layout="vertical"
      disabled={saving}
      initialValues={{ date: today(), feeMethod: 'perItem' }}
      onFinish={(v) => void onFinish(v)}
      aria-label="记录办理环节"
    >
      <Form.Item
        name="type"
        label="办理环节"
        rules={[{ required: true, message: '请选择办理环节' }]}
      >
        <Radio.Group
          aria-label="办理环节"
          className="event-choices"
          options={types.map((t) => ({ value: t, label: EVENT_LABELS[t] }))}
        />
      </Form.Item>
      {type && EVENT_HINTS[type] && <p className="muted event-hint">{EVENT_HINTS[type]}</p>}
      <Form.Item name="date" label="日期" rules={dateRules('日期')}>
        <Input type="date" />
      </Form.Item>
      {type === 'supplementRequested' && (
        <>
          <Form.Item name="respondBy" label="补正期限" rules={dateRules('补正期限')}>
            <Input type="date" />
          </Form.Item>
          <Form.Item
            name="correction"
            label="需要补正的事项（选填）"
            extra="印在补正通知书上（条例第三十条：说明需要补正的事项）。"
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
          </Form.Item>
        </>
      )}
      {type === 'consultationStarted' && (
        <Form.Item
          name="consultee"
          label="征求意见对象（选填）"
          extra="第三方或其他机关的名称，征求意见函的抬头；不填则写“第三方”。"
        >
          <Input maxLength={200} />
        </Form.Item>
      )}
      {type === 'replied' && (
        <Form.Item
          name="outcome"
          label="答复结果"
          rules={[{ required: true, message: '请选择答复结果' }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={OUTCOME_OPTIONS.map((o) => ({ ...o }))}
            placeholder="选择表三的办理结果"
            popupMatchSelectWidth={false}
          />
        </Form.Item>
      )}
      {type === 'replied' && (
        <Form.Item
          name="details"
          label={reasons.label}
          extra="印在告知书上，每行成一段。"
          rules={
            reasons.required
              ? [{ required: true, whitespace: true, message: `请填写${reasons.label}` }]
              : []
          }
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 10 }}
            maxLength={REPLY_DETAILS_MAX_LENGTH}
            showCount
          />
        </Form.Item>
      )}
      {type === 'feeNoticeIssued' && (
        <>
          <Form.Item name="feeMethod" label="计费方式">
            <Radio.Group
              options={[
                { value: 'perItem', label: '按件计收' },
                { value: 'perVolume', label: '按量计收' },
              ]}
            />
          </Form.Item>
          <div className="form-row">
            <Form.Item
              name="amountYuan"
              label="金额（元）"
              rules={[{ required: true, message: '请填写收费金额' }]}
              className="form-row-narrow"
            >
              <InputNumber min={0} step={10} precision={2} className="full-width" />
            </Form.Item>
            {feeMethod === 'perVolume' && (
              <Form.Item
                name="pages"
                label="页数"
                rules={[{ required: true, message: '按量计收须填写页数' }]}
                className="form-row-narrow"
              >
                <InputNumber min={1} precision={0} className="full-width" />
              </Form.Item>
            )}
          </div>
        </>
      )}
      {error && (
        <Alert type="error" showIcon className="block-gap" title="未能记录" description={error} />
      )}
      <Space>
        <Button type="primary" htmlType="submit" loading={saving}>
          记录
        </Button>
      </Space>
    </Form>
  );
}
