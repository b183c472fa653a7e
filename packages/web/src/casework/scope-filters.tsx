import { Select } from 'antd';
import { useMemo } from 'react';
import { useOrganisation } from '../app/organisation.js';
import { useUser } from '../app/session.js';
import { caseworkYears } from './dates.js';

/** The agencies the user may pick for casework: a clerk only their own. */
export function useAgencyOptions(): {
  options: { value: number; label: string }[];
  loading: boolean;
  error: string | null;
  nameOf: (id: number | undefined) => string;
} {
  const user = useUser();
  const org = useOrganisation();
  const options = useMemo(
    () =>
      org.agencies
        .filter((a) => user.role !== 'clerk' || a.id === user.agencyId)
        .map((a) => ({ value: a.id, label: a.name })),
    [org.agencies, user.role, user.agencyId],
  );
  const nameOf = (id: number | undefined) =>
    options.find((o) => o.value === id)?.label ?? (id === undefined ? '' : `机关 ${id}`);
  return { options, loading: org.loading, error: org.error, nameOf };
}

/** Props of {@link AgencyYearFilters}. */
export interface AgencyYearFiltersProps {
  agencyId: number | undefined;
  year: number | undefined;
  onAgency: (id: number | undefined) => void;
  onYear: (year: number | undefined) => void;
  /** Whether the agency may be cleared (lists) or must be chosen (forms). */
  agencyRequired?: boolean;
  yearRequired?: boolean;
  /** Pages without a year (due reminders) show the agency only. */
  hideYear?: boolean;
}

/** The agency and year pickers most casework pages start with. */
export function AgencyYearFilters({
  agencyId,
  year,
  onAgency,
  onYear,
  agencyRequired = false,
  yearRequired = false,
  hideYear = false,
}: AgencyYearFiltersProps) {
  const user = useUser();
  const agencies = useAgencyOptions();
  return (
    <>
      <Select
        aria-label="机关"
        placeholder="机关"
        allowClear={!agencyRequired}
        showSearch={{ optionFilterProp: 'label' }}
        loading={agencies.loading}
        options={agencies.options}
        value={agencyId}
        disabled={user.role === 'clerk'}
        onChange={(v?: number) => onAgency(v)}
        className="filter-item filter-wide"
      />
      {!hideYear && (
        <Select
          aria-label="年度"
          placeholder="年度"
          allowClear={!yearRequired}
          options={caseworkYears().map((y) => ({ value: y, label: `${y} 年` }))}
          value={year}
          onChange={(v?: number) => onYear(v)}
          className="filter-item"
        />
      )}
    </>
  );
}
