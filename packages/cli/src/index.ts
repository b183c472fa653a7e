/**
 * @xxgk/cli — the `xxgk` command. `run(argv, io)` runs it in-process (tests, embedding); the
 * bin `bin/xxgk.mjs` runs it on the process's streams.
 */
export { run } from './run.js';
export { bufferIo, type CliIo } from './io.js';
export { EXIT, exitCodeFor, worstExit, type ExitCode } from './exit-codes.js';
export { parseCommand, type ParseOptions } from './commands/parse.js';
export { checkCommand, checkParsed, type CheckOptions } from './commands/check.js';
export { renderCommand, type RenderCommandOptions } from './commands/render.js';
