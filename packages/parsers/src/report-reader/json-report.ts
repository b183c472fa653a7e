import { reportSchema, XxgkError, type ParsedDocument, type Report } from '@xxgk/model';
import { jsonSyntaxReason } from './json-syntax-reason.js';

/** True when the bytes are (probably) a report JSON: a `.json` name or text opening with `{`. */
export function looksLikeJson(bytes: Uint8Array, fileName?: string): boolean {
  if (fileName && /\.json$/iu.test(fileName)) return true;
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (
    i < bytes.length &&
    (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)
  )
    i += 1;
  return bytes[i] === 0x7b;
}

interface Issue {
  code: string;
  path: PropertyKey[];
  expected?: unknown;
  keys?: string[];
}

function describe(issue: Issue): string {
  const where = issue.path.length > 0 ? `“${issue.path.map(String).join('.')}”` : '顶层';
  switch (issue.code) {
    case 'invalid_type':
      return `${where}的类型不对${typeof issue.expected === 'string' ? `（应为 ${issue.expected}）` : ''}`;
    case 'unrecognized_keys':
      return `${where}中有格式里没有的键：${(issue.keys ?? []).join('、')}`;
    case 'invalid_union':
      return `${where}不符合任何一种格式（format 应为 "2019" 或 "2021"）`;
    case 'too_small':
    case 'too_big':
      return `${where}超出允许的范围`;
    case 'invalid_format':
      return `${where}的写法不对（日期应为 YYYY-MM-DD）`;
    default:
      return `${where}的取值不对`;
  }
}

/**
 * Reads a report JSON (the interchange format of spec/report-json.md, or the `{report,
 * findings}` that `xxgk check --json` prints). Fields the contract lets a producer omit
 * (title, sections, notes) default to empty; everything else is validated by the model's
 * schema, and a violation is reported in Chinese with the path of the offending field.
 * @throws XxgkError `input.invalid-json`
 */
export function readReportJson(text: string, fileName?: string): ParsedDocument {
  const name = fileName ? `文件“${fileName}”` : '该 JSON';
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch (e) {
    const reason = jsonSyntaxReason(text.replace(/^\uFEFF/u, ''), e);
    throw new XxgkError('input.invalid-json', `${name}不是有效的 JSON（${reason}）。`, {
      cause: e,
    });
  }
  if (value && typeof value === 'object' && !('format' in value) && 'report' in value)
    value = value.report;
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new XxgkError('input.invalid-json', `${name}不是年度报告 JSON：顶层应是一个对象。`);
  const withDefaults = {
    agency: null,
    title: null,
    publishedOn: null,
    sections: {},
    notes: {},
    ...value,
  };
  const result = reportSchema.safeParse(withDefaults);
  if (!result.success) {
    const issues = (result.error.issues as Issue[]).slice(0, 3).map(describe);
    throw new XxgkError(
      'input.invalid-json',
      `${name}不是符合格式的年度报告 JSON：${issues.join('；')}。`,
    );
  }
  return {
    report: result.data as Report,
    provenance: {},
    problems: [],
    text: '',
    outline: [],
    source: 'json',
  };
}
