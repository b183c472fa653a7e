import { Result } from 'antd';

/** Placeholder while the page is being built. */
export default function Page() {
  return <Result status="info" title="建设中" />;
}
