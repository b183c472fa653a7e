import { check } from '@xxgk/checks';
import type { Finding, ParsedDocument, Report } from '@xxgk/model';
import { orderReport } from '@xxgk/render/core';
import { describeFailure } from '../errors.js';
import { EXIT, exitCodeFor, worstExit, type ExitCode } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { findingJson, jsonDocument, jsonLine } from '../json-output.js';
import { errorJson, loadOutcome } from '../outcome.js';
import { findingsTable } from '../summary/findings-table.js';
import { reportSummary } from '../summary/report-summary.js';

/** Options of `xxgk check`. */
export interface CheckOptions {
  json?: boolean;
  /** Last year's report of the same agency, for the cross-year rules. */
  previous?: string;
}

/**
 * Runs the checker on a parsed document. The text and outline are passed only for documents
 * that have them: a report JSON carries no narrative layout to judge.
 */
export function checkParsed(parsed: ParsedDocument, previous?: Report): Finding[] {
  const hasText = parsed.source !== 'json';
  return check({
    report: parsed.report,
    ...(hasText ? { text: parsed.text, outline: parsed.outline } : {}),
    ...(previous ? { previous } : {}),
  });
}

/**
 * `xxgk check FILE... [--previous FILE]`: parses and checks each file. Prints a Chinese summary
 * with a table of findings, or with `--json` `{"report", "findings"}` (one file) or JSON Lines
 * with a `"file"` field. Exit 1 when any file has an `error` finding, 2 when any is unreadable.
 */
export async function checkCommand(
  files: readonly string[],
  options: CheckOptions,
  io: CliIo,
): Promise<ExitCode> {
  let previous: Report | undefined;
  if (options.previous !== undefined) {
    const outcome = await loadOutcome(options.previous);
    if (outcome.error) {
      io.stderr(`错误：无法读取上年报告：${describeFailure(outcome.error, options.previous)}\n`);
      if (options.json)
        io.stdout(jsonLine({ file: options.previous, error: errorJson(outcome.error) }));
      return exitCodeFor(outcome.error.code);
    }
    previous = outcome.parsed.report;
  }
  const codes: ExitCode[] = [];
  let errors = 0;
  let warnings = 0;
  const single = files.length === 1;
  for (const [index, file] of files.entries()) {
    const outcome = await loadOutcome(file);
    if (outcome.error) {
      codes.push(exitCodeFor(outcome.error.code));
      io.stderr(`错误：${describeFailure(outcome.error, file)}\n`);
      if (options.json) io.stdout(jsonLine({ file, error: errorJson(outcome.error) }));
      continue;
    }
    const findings = checkParsed(outcome.parsed, previous);
    const hasError = findings.some((f) => f.severity === 'error');
    errors += findings.filter((f) => f.severity === 'error').length;
    warnings += findings.filter((f) => f.severity === 'warning').length;
    codes.push(hasError ? EXIT.findings : EXIT.ok);
    const report = orderReport(outcome.parsed.report);
    const findingsOut = findings.map(findingJson);
    if (options.json) {
      io.stdout(
        single
          ? jsonDocument({ report, findings: findingsOut })
          : jsonLine({ file, report, findings: findingsOut }),
      );
    } else {
      if (index > 0) io.stdout('\n');
      const lines = [
        ...reportSummary(outcome.parsed, file),
        ...findingsTable(outcome.parsed.report.format, findings),
      ];
      io.stdout(`${lines.join('\n')}\n`);
    }
  }
  if (!options.json && files.length > 1) {
    const failed = codes.filter((c) => c === EXIT.unreadable).length;
    io.stdout(
      `\n共 ${files.length} 个文件：核查 ${files.length - failed} 个，无法读取 ${failed} 个；` +
        `错误 ${errors} 条，警告 ${warnings} 条。\n`,
    );
  }
  return worstExit(codes);
}
