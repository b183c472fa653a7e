import { Alert, Card, Empty, Spin, Typography } from 'antd';
import { listDue } from '../api/casework.js';
import { navigate, useLocation } from '../app/router.js';
import { useUser } from '../app/session.js';
import { useAsync } from '../app/use-async.js';
import { PageHeader } from '../report/page-header.js';
import './casework.css';
import { CaseTable } from './case-table.js';
import { withQuery } from './query.js';
import { scopeFromQuery } from './scope.js';
import { AgencyYearFilters } from './scope-filters.js';

const PATH = '/casework/due';

/** 到期提醒: per agency, the cases already overdue and those due within 5 working days. */
export default function DuePage() {
  const user = useUser();
  const { query } = useLocation();
  const { agencyId } = scopeFromQuery(query, user);
  const due = useAsync(() => listDue(agencyId), [agencyId]);
  const agencies = (due.data?.agencies ?? []).filter(
    (a) => a.overdue.length > 0 || a.dueSoon.length > 0,
  );

  return (
    <div className="page">
      <PageHeader title="到期提醒" subtitle="已超期和5个工作日内到期的申请" />
      <form
        className="filters"
        role="search"
        aria-label="选择机关"
        onSubmit={(e) => e.preventDefault()}
      >
        <AgencyYearFilters
          agencyId={agencyId}
          year={undefined}
          onAgency={(v) => navigate(withQuery(PATH, query, { agencyId: v }), { replace: true })}
          onYear={() => undefined}
          hideYear
        />
      </form>
      {due.error && (
        <Alert type="error" showIcon title="无法读取到期提醒" description={due.error.message} />
      )}
      {due.loading && !due.data && (
        <div className="page-loading" role="status">
          <Spin description="正在加载…">
            <div style={{ width: 200, height: 60 }} />
          </Spin>
        </div>
      )}
      {due.data && agencies.length === 0 && <Empty description="没有已超期或即将到期的申请" />}
      {agencies.map((a) => (
        <Card key={a.agencyId} title={a.agencyName} size="small" className="due-agency">
          <Typography.Title level={5} className="due-heading">
            已超期（{a.overdue.length} 件）
          </Typography.Title>
          <CaseTable
            cases={a.overdue}
            empty="没有已超期的申请"
            label={`${a.agencyName}已超期的申请`}
            showOutcome={false}
          />
          <Typography.Title level={5} className="due-heading">
            即将到期（{a.dueSoon.length} 件）
          </Typography.Title>
          <CaseTable
            cases={a.dueSoon}
            empty="没有即将到期的申请"
            label={`${a.agencyName}即将到期的申请`}
            showOutcome={false}
          />
        </Card>
      ))}
    </div>
  );
}
