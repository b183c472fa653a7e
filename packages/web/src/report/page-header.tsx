import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** The title row of a page, with its actions on the right (wrapping under it on a phone). */
export function PageHeader({
  title,
  subtitle,
  extra,
  back,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  extra?: ReactNode;
  back?: ReactNode;
}) {
  return (
    <div className="page-header">
      <div className="page-header-main">
        {back}
        <Typography.Title level={2} className="page-title">
          {title}
        </Typography.Title>
        {subtitle && <div className="page-subtitle">{subtitle}</div>}
      </div>
      {extra && <div className="page-header-extra">{extra}</div>}
    </div>
  );
}
