import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { XxgkError } from '@xxgk/model';
import { getOutputFormat, OUTPUT_FORMATS, type OutputFormat } from '@xxgk/render/core';
import { describeFailure, toXxgkError } from '../errors.js';
import { EXIT, exitCodeFor, type ExitCode } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { loadOutcome } from '../outcome.js';
import { loadAllWriters } from '../writers.js';
import { checkParsed } from './check.js';

/** Options of `xxgk render`. */
export interface RenderCommandOptions {
  /** Output format id from the registry (html, md, json, …). */
  to?: string;
  /** Output file; standard output when absent. */
  output?: string;
  /** Mark the checker's findings in the output. */
  findings?: boolean;
}

/** The ids `--to` accepts, for help texts and messages: `html、md、json`. */
export function formatList(): string {
  return OUTPUT_FORMATS.map((f) => f.id).join('、');
}

function chooseFormat(options: RenderCommandOptions): OutputFormat {
  const wanted =
    options.to ?? (options.output ? extname(options.output).slice(1).toLowerCase() : '');
  if (wanted === '')
    throw new XxgkError('usage', `请用 --to 指定输出格式（可选：${formatList()}）`);
  const format =
    getOutputFormat(wanted.toLowerCase()) ??
    OUTPUT_FORMATS.find((f) => f.extension === wanted.toLowerCase());
  if (!format) throw new XxgkError('usage', `不支持的输出格式“${wanted}”（可选：${formatList()}）`);
  return format;
}

/**
 * `xxgk render FILE --to FORMAT [-o OUT]`: reads any document xxgk reads (or a report JSON) and
 * writes it in an output format from the registry, to a file or standard output.
 */
export async function renderCommand(
  file: string,
  options: RenderCommandOptions,
  io: CliIo,
): Promise<ExitCode> {
  await loadAllWriters();
  let format: OutputFormat;
  try {
    format = chooseFormat(options);
  } catch (error) {
    const failure = toXxgkError(error);
    io.stderr(`错误：${failure.message}\n`);
    return exitCodeFor(failure.code);
  }
  const outcome = await loadOutcome(file);
  if (outcome.error) {
    io.stderr(`错误：${describeFailure(outcome.error, file)}\n`);
    return exitCodeFor(outcome.error.code);
  }
  let output: string | Uint8Array;
  try {
    const findings = options.findings ? checkParsed(outcome.parsed) : undefined;
    output = await format.render(outcome.parsed.report, findings ? { findings } : {});
  } catch (error) {
    const failure = toXxgkError(error, file);
    io.stderr(`错误：${describeFailure(failure, file)}\n`);
    return exitCodeFor(failure.code);
  }
  if (options.output === undefined) {
    if (typeof output !== 'string' && io.stdoutIsTTY) {
      io.stderr(`错误：${format.label}是二进制格式，不能直接显示在终端上，请用 -o 指定输出文件\n`);
      return exitCodeFor('usage');
    }
    io.stdout(output);
    return EXIT.ok;
  }
  try {
    await writeFile(options.output, output);
  } catch {
    io.stderr(`错误：无法写入输出文件 ${options.output}\n`);
    return EXIT.unreadable;
  }
  io.stderr(`已生成 ${options.output}（${format.label}）\n`);
  return EXIT.ok;
}
