import type { Report } from '@xxgk/model';
import type { RenderOptions } from './findings.js';
import { renderHtml } from './html/render-html.js';
import { renderJson } from './json/render-json.js';
import { renderMarkdown } from './markdown/render-markdown.js';

/**
 * An output format xxgk can write a report in. The CLI's `render --to`, the server's download
 * links and their help texts all read this registry, so a new writer (DOCX, XLSX, PDF) is one
 * entry here.
 */
export interface OutputFormat {
  /** Value of `--to`, e.g. `html`. */
  id: string;
  /** Chinese name shown in help texts, e.g. `网页（HTML）`. */
  label: string;
  /** File name extension without the dot. */
  extension: string;
  /** MIME type for downloads. */
  mediaType: string;
  /** Writes the report; text formats return a string (UTF-8), binary ones bytes. */
  render(
    report: Report,
    options: RenderOptions,
  ): string | Uint8Array | Promise<string | Uint8Array>;
}

/** Every output format, in the order help texts list them. */
export const OUTPUT_FORMATS: OutputFormat[] = [
  {
    id: 'html',
    label: '网页（HTML，国家格式表格，可打印为 A4）',
    extension: 'html',
    mediaType: 'text/html; charset=utf-8',
    render: (report, options) => renderHtml(report, options),
  },
  {
    id: 'md',
    label: 'Markdown',
    extension: 'md',
    mediaType: 'text/markdown; charset=utf-8',
    render: (report, options) => renderMarkdown(report, options),
  },
  {
    id: 'json',
    label: '报告 JSON（数据交换格式）',
    extension: 'json',
    mediaType: 'application/json; charset=utf-8',
    render: (report) => `${renderJson(report)}\n`,
  },
];

/** Adds an output format (or replaces the one with the same id); for the binary writers. */
export function registerOutputFormat(format: OutputFormat): void {
  const index = OUTPUT_FORMATS.findIndex((f) => f.id === format.id);
  if (index >= 0) OUTPUT_FORMATS[index] = format;
  else OUTPUT_FORMATS.push(format);
}

/** The output format with this id, or undefined. */
export function getOutputFormat(id: string): OutputFormat | undefined {
  return OUTPUT_FORMATS.find((f) => f.id === id);
}
