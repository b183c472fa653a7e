import { CheckOutlined, RollbackOutlined, SendOutlined } from '@ant-design/icons';
import { App, Button, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { publishReport, returnReport, submitReport } from '../api/reports.js';
import type { ReportDetail } from '../api/types.js';

/**
 * 审核 buttons, each shown only when the server says this user may use it: 提交审核 (clerk),
 * 退回 with a required comment and 发布 (reviewer).
 * @see 条例第四十九条
 */
export function WorkflowActions({
  detail,
  disabled,
  onDone,
}: {
  detail: ReportDetail;
  disabled?: boolean;
  onDone: () => void;
}) {
  const { message, modal } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState('');
  const { permissions: can, status } = detail;

  const run = async (key: string, action: () => Promise<unknown>, done: string) => {
    setBusy(key);
    try {
      await action();
      void message.success(done);
      onDone();
      return true;
    } catch (e) {
      void message.error(e instanceof Error ? e.message : '操作失败，请稍后重试。');
      return false;
    } finally {
      setBusy(null);
    }
  };

  const canSubmit = can.submit && (status === 'draft' || status === 'returned');
  const canReview = can.review && status === 'submitted';
  const canPublish = can.publish && status === 'submitted';

  return (
    <>
      <Space wrap>
        {canSubmit && (
          <Button
            type="primary"
            icon={<SendOutlined />}
            loading={busy === 'submit'}
            disabled={disabled}
            onClick={() =>
              void modal.confirm({
                title: '提交审核',
                content: `确定将「${detail.agency.name} ${detail.year} 年度报告」提交审核吗？提交后在退回前不能再更正。`,
                okText: '提交',
                cancelText: '取消',
                onOk: () => run('submit', () => submitReport(detail.id), '已提交审核'),
              })
            }
          >
            提交审核
          </Button>
        )}
        {canReview && (
          <Button
            icon={<RollbackOutlined />}
            danger
            disabled={disabled}
            onClick={() => setReturning(true)}
          >
            退回
          </Button>
        )}
        {canPublish && (
          <Button
            type="primary"
            icon={<CheckOutlined />}
            loading={busy === 'publish'}
            disabled={disabled}
            onClick={() =>
              void modal.confirm({
                title: '发布年报',
                content: `发布后「${detail.agency.name} ${detail.year} 年度报告」的当前版本（第 ${detail.currentVersion} 版）将不可再修改。确定发布吗？`,
                okText: '发布',
                cancelText: '取消',
                onOk: () => run('publish', () => publishReport(detail.id), '已发布'),
              })
            }
          >
            发布
          </Button>
        )}
      </Space>
      <Modal
        title="退回年报"
        open={returning}
        okText="退回"
        cancelText="取消"
        okButtonProps={{
          danger: true,
          disabled: comment.trim() === '',
          loading: busy === 'return',
        }}
        onCancel={() => setReturning(false)}
        onOk={() =>
          void run(
            'return',
            () => returnReport(detail.id, comment.trim()),
            '已退回，填报单位会看到您的意见',
          ).then((ok) => {
            if (ok) {
              setReturning(false);
              setComment('');
            }
          })
        }
      >
        <p>请写明退回的原因和需要修改的内容，填报单位将看到这段意见。</p>
        <Input.TextArea
          aria-label="退回意见"
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          autoSize={{ minRows: 4 }}
          maxLength={2000}
          showCount
          placeholder="例如：第三部分“（七）总计”与各项之和不符，请核对后重新提交。"
        />
      </Modal>
    </>
  );
}
