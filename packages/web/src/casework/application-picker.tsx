import { Select } from 'antd';
import { useState } from 'react';
import { listApplications } from '../api/casework.js';
import { useAsync } from '../app/use-async.js';

/** Picks one of the agency's applications by number, applicant or content (searched on the server). */
export function ApplicationPicker({
  agencyId,
  value,
  onChange,
  id,
}: {
  agencyId: number | undefined;
  value?: string | null;
  onChange?: (id: string | null) => void;
  id?: string;
}) {
  const [q, setQ] = useState('');
  const found = useAsync(
    () =>
      agencyId === undefined
        ? Promise.resolve({ items: [], total: 0 })
        : listApplications({ agencyId, q, pageSize: 50 }),
    [agencyId, q],
  );
  return (
    <Select
      id={id}
      allowClear
      showSearch={{ filterOption: false, onSearch: (text) => setQ(text.trim()) }}
      placeholder="输入编号、申请人或内容查找"
      loading={found.loading}
      value={value ?? undefined}
      onChange={(v?: string) => onChange?.(v ?? null)}
      options={(found.data?.items ?? []).map((a) => ({
        value: a.id,
        label: `${a.number} ${a.applicantName}`,
      }))}
      notFoundContent={found.loading ? '正在查找…' : '没有找到申请'}
    />
  );
}
