import { run } from './run.js';

/**
 * The `xxgk` process: runs the command on the real streams and exits with its code. A reader
 * that closes the pipe early (`xxgk parse … | head`) ends the run quietly.
 */
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

const code = await run(process.argv.slice(2), {
  stdout: (chunk) => process.stdout.write(chunk),
  stderr: (text) => process.stderr.write(text),
  stdoutIsTTY: process.stdout.isTTY === true,
});
process.exitCode = code;
