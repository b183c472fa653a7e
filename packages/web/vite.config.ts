import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The web app is built to `dist/`, which the server serves with an SPA fallback. In development
 * `npm run dev -w @xxgk/web` proxies /api to the server on port 3000 (or XXGK_API).
 */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // antd and React change less often than the app: separate chunks cache across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-)/ },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': process.env.XXGK_API ?? 'http://localhost:3000' },
  },
});
