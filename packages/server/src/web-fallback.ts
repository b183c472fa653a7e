/**
 * The page served at / when the web app has not been built (e.g. the build failed at start):
 * says so in Chinese and points at the API docs, so the server is still usable.
 */
export function fallbackPage(): string {
  return `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>xxgk 政府信息公开工作年度报告系统</title></head>
<body>
<h1>xxgk 政府信息公开工作年度报告系统</h1>
<p>服务器正在运行，但网页界面尚未构建（未找到 packages/web/dist）。请运行 <code>npm run build -w @xxgk/web</code> 后刷新本页。</p>
<p>接口文档：<a href="/api/docs">/api/docs</a>；服务状态：<a href="/api/health">/api/health</a>。</p>
</body>
</html>
`;
}
