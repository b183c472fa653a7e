import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Modal, Select, Table, TreeSelect } from 'antd';
import { useMemo, useState } from 'react';
import { createAgency, updateAgency, type AgencyInput } from '../api/admin.js';
import type { Agency, AgencyKind } from '../api/types.js';
import { AGENCY_KIND_LABELS } from '../app/labels.js';
import {
  flattenRegions,
  regionTreeData,
  subtreeIds,
  useOrganisation,
} from '../app/organisation.js';
import { PageHeader } from '../report/page-header.js';
import { validValues } from '../app/valid-values.js';

const KINDS = (Object.keys(AGENCY_KIND_LABELS) as AgencyKind[]).map((k) => ({
  value: k,
  label: AGENCY_KIND_LABELS[k],
}));

/** 机关管理 (administrator): agencies by region; add one, or change its name, kind or place. */
export default function AgenciesPage() {
  const { message } = App.useApp();
  const org = useOrganisation();
  const [regionId, setRegionId] = useState<number | undefined>();
  const [editing, setEditing] = useState<Agency | 'new' | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<AgencyInput>();
  const regionName = useMemo(
    () => new Map(flattenRegions(org.regions).map((f) => [f.region.id, f.path])),
    [org.regions],
  );
  const agencies = useMemo(() => {
    if (regionId === undefined) return org.agencies;
    const ids = subtreeIds(org.regions, regionId);
    return org.agencies.filter((a) => ids.has(a.regionId));
  }, [org.agencies, org.regions, regionId]);

  const open = (a: Agency | 'new') => {
    form.resetFields();
    if (a === 'new') form.setFieldsValue({ regionId, kind: 'department', parentAgencyId: null });
    else
      form.setFieldsValue({
        name: a.name,
        kind: a.kind,
        regionId: a.regionId,
        parentAgencyId: a.parentAgencyId,
      });
    setEditing(a);
  };

  const submit = async () => {
    const v = await validValues(form);
    if (!v) return;
    setBusy(true);
    try {
      const input = { ...v, name: v.name.trim(), parentAgencyId: v.parentAgencyId ?? null };
      if (editing === 'new') await createAgency(input);
      else if (editing) await updateAgency(editing.id, input);
      void message.success(`已保存机关「${input.name}」`);
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
        title="机关管理"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')}>
            新建机关
          </Button>
        }
      />
      <div className="filters">
        <TreeSelect
          aria-label="按区划筛选"
          placeholder="按区划筛选"
          allowClear
          treeDefaultExpandAll
          treeData={regionTreeData(org.regions)}
          value={regionId}
          onChange={(v?: number) => setRegionId(v)}
          className="filter-wide"
        />
      </div>
      {org.error && <Alert type="error" showIcon className="block-gap" title={org.error} />}
      <Table<Agency>
        rowKey="id"
        size="middle"
        loading={org.loading}
        dataSource={agencies}
        scroll={{ x: 640 }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={[
          { title: '名称', dataIndex: 'name' },
          {
            title: '类别',
            dataIndex: 'kind',
            width: 100,
            render: (k: AgencyKind) => AGENCY_KIND_LABELS[k] ?? k,
          },
          {
            title: '区划',
            dataIndex: 'regionId',
            render: (id: number) => regionName.get(id) ?? `#${id}`,
          },
          {
            title: '上级机关',
            dataIndex: 'parentAgencyId',
            responsive: ['md'],
            render: (id: number | null) => org.agencies.find((a) => a.id === id)?.name ?? '—',
          },
          {
            title: '操作',
            key: 'actions',
            width: 80,
            render: (_: unknown, a) => (
              <Button size="small" onClick={() => open(a)}>
                编辑
              </Button>
            ),
          },
        ]}
      />
      <Modal
        title={editing === 'new' ? '新建机关' : '修改机关'}
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
            rules={[{ required: true, whitespace: true, message: '请输入机关名称' }]}
          >
            <Input placeholder="例如：淄博市人民政府办公室" />
          </Form.Item>
          <Form.Item label="类别" name="kind" rules={[{ required: true, message: '请选择类别' }]}>
            <Select options={KINDS} />
          </Form.Item>
          <Form.Item
            label="所属区划"
            name="regionId"
            rules={[{ required: true, message: '请选择区划' }]}
          >
            <TreeSelect treeData={regionTreeData(org.regions)} treeDefaultExpandAll />
          </Form.Item>
          <Form.Item label="上级机关" name="parentAgencyId">
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              options={org.agencies
                .filter((a) => editing === 'new' || !editing || a.id !== editing.id)
                .map((a) => ({ value: a.id, label: a.name }))}
            />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
