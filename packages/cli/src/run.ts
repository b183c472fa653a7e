import { createRequire } from 'node:module';
import { Command, CommanderError, Option } from 'commander';
import { checkCommand } from './commands/check.js';
import { deadlineCommand, type DeadlineOptions } from './commands/deadline.js';
import { parseCommand } from './commands/parse.js';
import { formatList, renderCommand } from './commands/render.js';
import { serveCommand, type ServeOptions } from './commands/serve.js';
import { toXxgkError } from './errors.js';
import { EXIT, exitCodeFor, type ExitCode } from './exit-codes.js';
import type { CliIo } from './io.js';
import { displayWidth } from './summary/text-width.js';
import { loadAllWriters, needsAllWriters } from './writers.js';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

const TITLES: Readonly<Record<string, string>> = {
  'Usage:': '用法：',
  'Options:': '选项：',
  'Commands:': '命令：',
  'Arguments:': '参数：',
  'Global Options:': '全局选项：',
};

const HELP_AFTER = `
退出码：0 正常；1 核查发现错误（error）；2 有文件无法读取或用法有误。
示例：
  xxgk parse 年报.html --json
  xxgk check 2024年报.txt --previous 2023年报.txt
  xxgk check 报告/*.html --json > 结果.jsonl
  xxgk render 年报.docx --to html -o 年报.html`;

/** Commander's usage errors in Chinese; the quoted part of its message names the culprit. */
function usageMessage(error: CommanderError): string {
  const quoted = /'([^']+)'/u.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'commander.missingArgument':
      return `缺少参数：${quoted}`;
    case 'commander.unknownOption':
      return `未知选项：${quoted}`;
    case 'commander.unknownCommand':
      return `未知命令：${quoted}`;
    case 'commander.excessArguments':
      return '参数过多';
    case 'commander.optionMissingArgument':
    case 'commander.missingMandatoryOptionValue':
      return `选项 ${quoted} 需要一个值`;
    case 'commander.invalidArgument':
      return `参数值无效：${error.message.replace(/^error:\s*/u, '')}`;
    default:
      return error.message.replace(/^error:\s*/u, '');
  }
}

function buildProgram(io: CliIo, setExit: (code: ExitCode) => void): Command {
  const program = new Command('xxgk');
  program
    .description('xxgk（信息公开）：读取、核查和输出政府信息公开工作年度报告')
    .version(version, '-V, --version', '显示版本号')
    .helpOption('-h, --help', '显示帮助')
    .helpCommand('help [命令]', '显示某个命令的帮助')
    .usage('[选项] [命令]')
    .configureHelp({
      styleTitle: (title) => TITLES[title] ?? title,
      subcommandTerm: (cmd) => `${cmd.name()} ${cmd.usage()}`.trimEnd(),
      // Commander pads columns by string length; Chinese characters take two columns.
      displayWidth: (text) => displayWidth(text),
    })
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
      // Usage errors are reported in Chinese below, not with commander's English text.
      outputError: () => undefined,
    })
    .addHelpText('after', HELP_AFTER)
    .showSuggestionAfterError(false)
    .exitOverride();

  program
    .command('parse')
    .usage('[选项] <文件...>')
    .description('读取年报文件（文本、网页、Word、PDF 或报告 JSON），输出读到的内容')
    .argument('<文件...>', '要读取的文件，可以有多个')
    .option('--json', '输出 JSON：一个文件时输出报告对象，多个文件时每行一个对象（JSON Lines）')
    .action(async (files: string[], options: { json?: boolean }) => {
      setExit(await parseCommand(files, options, io));
    });

  program
    .command('check')
    .usage('[选项] <文件...>')
    .description('读取并核查年报：表格勾稽关系、法定内容、文字与表格是否一致、文字规范等')
    .argument('<文件...>', '要核查的文件，可以有多个')
    .option('--json', '输出 JSON：一个文件时输出 {"report","findings"}，多个文件时输出 JSON Lines')
    .option('--previous <文件>', '同一机关上一年度的年报，用于核对结转数、现行有效件数等跨年数据')
    .action(async (files: string[], options: { json?: boolean; previous?: string }) => {
      setExit(await checkCommand(files, options, io));
    });

  program
    .command('render')
    .usage('<文件> --to <格式> [-o <输出文件>] [选项]')
    .description('把年报输出为国家格式的网页、Markdown 或 JSON 等')
    .argument('<文件>', '要输出的年报文件（任何 xxgk 能读取的文件，或报告 JSON）')
    .addOption(new Option('--to <格式>', `输出格式：${formatList()}（省略时按 -o 的扩展名判断）`))
    .option('-o, --output <输出文件>', '写入该文件（省略时写到标准输出）')
    .option('--findings', '同时核查，并在输出中标出发现的问题')
    .action(async (file: string, options: { to?: string; output?: string; findings?: boolean }) => {
      setExit(await renderCommand(file, options, io));
    });

  program
    .command('deadline')
    .usage('--received <日期> [--events <文件>] [--json]')
    .description('按法定工作日日历计算依申请公开的答复截止日，并逐步说明理由')
    .requiredOption('--received <日期>', '收到申请的日期，如 2025-09-26')
    .option(
      '--events <文件>',
      'JSON 数组，每项 {"type","date"}：supplementRequested、supplementReceived、extensionApproved、consultationStarted、consultationEnded、feeNoticeIssued、feePaid',
    )
    .option('--as-of <日期>', '当前日期，用于判断收费通知是否逾期未缴费')
    .option('--json', '输出 JSON：{"due","explanation"}')
    .action(async (options: DeadlineOptions) => {
      setExit(await deadlineCommand(options, io));
    });

  program
    .command('serve')
    .usage('[选项]')
    .description('启动年报工作台（网页与 API），首次启动时创建数据库并载入演示数据')
    .option('--port <端口>', '端口（默认 3000；0 表示任选一个空闲端口）')
    .option('--host <地址>', '监听地址（默认 127.0.0.1，仅本机；0.0.0.0 对局域网开放）')
    .option('--data-dir <目录>', '内嵌数据库（PGlite）的数据目录（默认 ./.data/pglite）')
    .option('--database-url <URL>', '改用 PostgreSQL 服务器（也可设置环境变量 DATABASE_URL）')
    .option('--no-demo', '不载入演示数据；空数据库时创建首个管理员并显示其初始密码')
    .action(async (options: ServeOptions) => {
      setExit(await serveCommand(options, io));
    });

  return program;
}

/**
 * Runs `xxgk` with these arguments (without `node` and the script), writing to `io`; resolves
 * to the exit code. Never throws and never prints a stack trace: every failure becomes a
 * Chinese message and an exit code from `exit-codes.ts`.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  let exit: ExitCode = EXIT.ok;
  if (needsAllWriters(argv)) await loadAllWriters();
  const program = buildProgram(io, (code) => {
    exit = code;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exit;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.exitCode === 0
      )
        return EXIT.ok;
      if (error.code === 'commander.help') return exitCodeFor('usage');
      io.stderr(`错误：${usageMessage(error)}。运行 xxgk --help 查看用法。\n`);
      return exitCodeFor('usage');
    }
    const failure = toXxgkError(error);
    io.stderr(`错误：${failure.message}\n`);
    return exitCodeFor(failure.code);
  }
}
