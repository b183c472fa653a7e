import { orderReport } from '@xxgk/render/core';
import { describeFailure } from '../errors.js';
import { EXIT, exitCodeFor, worstExit, type ExitCode } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { jsonDocument, jsonLine } from '../json-output.js';
import { errorJson, loadOutcome } from '../outcome.js';
import { reportSummary } from '../summary/report-summary.js';

/** Options of `xxgk parse`. */
export interface ParseOptions {
  json?: boolean;
}

/**
 * `xxgk parse FILE...`: reads each file and prints what it holds — a Chinese summary, or with
 * `--json` the report (one file) or JSON Lines `{"file", "report"}` / `{"file", "error"}`.
 */
export async function parseCommand(
  files: readonly string[],
  options: ParseOptions,
  io: CliIo,
): Promise<ExitCode> {
  const codes: ExitCode[] = [];
  const single = files.length === 1;
  for (const [index, file] of files.entries()) {
    const outcome = await loadOutcome(file);
    if (outcome.error) {
      codes.push(exitCodeFor(outcome.error.code));
      io.stderr(`错误：${describeFailure(outcome.error, file)}\n`);
      if (options.json) io.stdout(jsonLine({ file, error: errorJson(outcome.error) }));
      continue;
    }
    codes.push(EXIT.ok);
    const report = orderReport(outcome.parsed.report);
    if (options.json) {
      io.stdout(single ? jsonDocument(report) : jsonLine({ file, report }));
    } else {
      if (index > 0) io.stdout('\n');
      io.stdout(`${reportSummary(outcome.parsed, file).join('\n')}\n`);
    }
  }
  if (!options.json && files.length > 1) io.stdout(`\n${totals(codes)}\n`);
  return worstExit(codes);
}

function totals(codes: readonly ExitCode[]): string {
  const failed = codes.filter((c) => c === EXIT.unreadable).length;
  return `共 ${codes.length} 个文件：读取成功 ${codes.length - failed} 个，无法读取 ${failed} 个。`;
}
