import { PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Tree,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { createRegion, updateRegion, type RegionInput } from '../api/admin.js';
import type { Region, RegionLevel } from '../api/types.js';
import { REGION_LEVEL_LABELS } from '../app/labels.js';
import { flattenRegions, useOrganisation } from '../app/organisation.js';
import { PageHeader } from '../report/page-header.js';
import { validValues } from '../app/valid-values.js';

interface TreeNode {
  key: number;
  title: string;
  children: TreeNode[];
}

const toTree = (regions: readonly Region[]): TreeNode[] =>
  regions.map((r) => ({
    key: r.id,
    title: `${r.name}（${REGION_LEVEL_LABELS[r.level] ?? r.level} · ${r.code}）`,
    children: toTree(r.children ?? []),
  }));

const LEVELS = (Object.keys(REGION_LEVEL_LABELS) as RegionLevel[]).map((l) => ({
  value: l,
  label: REGION_LEVEL_LABELS[l],
}));

/** 区划管理 (administrator): the region tree; add a region under another, rename or re-code one. */
export default function RegionsPage() {
  const { message } = App.useApp();
  const org = useOrganisation();
  const [selected, setSelected] = useState<number | null>(null);
  const [editing, setEditing] = useState<{ mode: 'new' | 'edit'; parentId: number | null } | null>(
    null,
  );
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<RegionInput>();
  const flat = useMemo(() => flattenRegions(org.regions), [org.regions]);
  const current = flat.find((f) => f.region.id === selected);

  const open = (mode: 'new' | 'edit') => {
    form.resetFields();
    if (mode === 'edit' && current) form.setFieldsValue({ name: current.region.name });
    setEditing({ mode, parentId: mode === 'new' ? selected : null });
  };

  const submit = async () => {
    const v = await validValues(form);
    if (!v) return;
    setBusy(true);
    try {
      if (editing?.mode === 'new') await createRegion({ ...v, parentId: editing.parentId });
      else if (current) await updateRegion(current.region.id, { name: v.name });
      void message.success(`已保存区划「${v.name}」`);
      setEditing(null);
      org.reload();
    } catch (e) {
      void message.error(e instanceof Error ? e.message : '保存失败');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page">
      <PageHeader
        title="区划管理"
        extra={
          <Space wrap>
            <Button icon={<PlusOutlined />} type="primary" onClick={() => open('new')}>
              {current ? `在「${current.region.name}」下新建` : '新建顶级区划'}
            </Button>
            <Button disabled={!current} onClick={() => open('edit')}>
              修改所选区划
            </Button>
          </Space>
        }
      />
      {org.error && <Alert type="error" showIcon className="block-gap" title={org.error} />}
      <Card>
        {current && (
          <Typography.Paragraph type="secondary">已选：{current.path}</Typography.Paragraph>
        )}
        {org.regions.length === 0 && !org.loading ? (
          <Empty description="还没有区划" />
        ) : (
          <Tree<TreeNode>
            treeData={toTree(org.regions)}
            defaultExpandAll
            selectedKeys={selected === null ? [] : [selected]}
            onSelect={(keys) => setSelected(keys.length > 0 ? Number(keys[0]) : null)}
            aria-label="区划树"
          />
        )}
      </Card>
      <Modal
        title={
          editing?.mode === 'new'
            ? `新建区划${current && editing.parentId !== null ? `（上级：${current.region.name}）` : ''}`
            : '修改区划'
        }
        open={editing !== null}
        onCancel={() => setEditing(null)}
        onOk={() => void submit()}
        okText="保存"
        cancelText="取消"
        confirmLoading={busy}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item
            label="名称"
            name="name"
            rules={[{ required: true, whitespace: true, message: '请输入区划名称' }]}
          >
            <Input placeholder="例如：淄博市" />
          </Form.Item>
          {editing?.mode === 'new' && (
            <>
              <Form.Item
                label="区划代码"
                name="code"
                rules={[
                  { required: true, message: '请输入区划代码' },
                  { pattern: /^\d{6}(\d{3}|\d{6})?$/u, message: '区划代码为 6、9 或 12 位数字' },
                ]}
              >
                <Input placeholder="例如：370300" inputMode="numeric" />
              </Form.Item>
              <Form.Item
                label="级别"
                name="level"
                rules={[{ required: true, message: '请选择级别' }]}
              >
                <Select options={LEVELS} />
              </Form.Item>
            </>
          )}
        </Form>
      </Modal>
    </div>
  );
}
