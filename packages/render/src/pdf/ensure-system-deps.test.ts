import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeScratchDirs, scratchDir } from './testing/pdf-tools.js';

/**
 * scripts/ensure-system-deps.sh installs what PDF output (LibreOffice, CJK fonts, poppler) and
 * the rest of the full test run need. These tests run it against fake dpkg-query / apt-get /
 * id / sudo programs, so they check its decisions without touching the machine.
 */
const SCRIPT = join(import.meta.dirname, '../../../../scripts/ensure-system-deps.sh');

const ALL = [
  'chromium',
  'fonts-noto-cjk',
  'poppler-utils',
  'postgresql',
  'libreoffice-writer-nogui',
  'libreoffice-calc-nogui',
];

interface Sandbox {
  run(args?: string[]): { status: number | null; stdout: string; stderr: string };
  aptCalls(): string[];
  sudoCalls(): string[];
}

function which(name: string): string {
  for (const dir of ['/usr/bin', '/bin', '/usr/local/bin']) {
    const path = join(dir, name);
    if (existsSync(path)) return path;
  }
  throw new Error(`${name} not found`);
}

function sandbox(options: { installed: string[]; uid?: number; sudo?: boolean }): Sandbox {
  const root = scratchDir('xxgk-deps-');
  const fake = join(root, 'fake');
  const tools = join(root, 'tools');
  mkdirSync(fake);
  mkdirSync(tools);
  // Only these real programs are reachable: no real apt-get, dpkg-query or sudo.
  for (const name of ['bash', 'env', 'sed', 'cat', 'grep'])
    symlinkSync(which(name), join(tools, name));
  const state = join(root, 'installed');
  const aptLog = join(root, 'apt.log');
  const sudoLog = join(root, 'sudo.log');
  writeFileSync(state, options.installed.map((p) => `${p}\n`).join(''));
  writeFileSync(aptLog, '');
  writeFileSync(sudoLog, '');
  const program = (name: string, body: string): void => {
    writeFileSync(join(fake, name), `#!/bin/sh\n${body}\n`);
    chmodSync(join(fake, name), 0o755);
  };
  program(
    'dpkg-query',
    `for last; do :; done\nif grep -qx "$last" "${state}"; then printf 'install ok installed'; else exit 1; fi`,
  );
  program(
    'apt-get',
    [
      `echo "$*" >> "${aptLog}"`,
      'install=0',
      'for a; do',
      '  case "$a" in',
      '    install) install=1 ;;',
      '    -*|*=*) ;;',
      `    *) if [ $install = 1 ]; then echo "$a" >> "${state}"; fi ;;`,
      '  esac',
      'done',
    ].join('\n'),
  );
  program('id', `echo ${options.uid ?? 0}`);
  if (options.sudo)
    program('sudo', `echo "$*" >> "${sudoLog}"\n[ "$1" = "-n" ] && shift\nexec "$@"`);
  const lines = (file: string) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l !== '');
  return {
    run: (args = []) => {
      const r = spawnSync('bash', [SCRIPT, ...args], {
        env: { PATH: `${fake}:${tools}` },
        encoding: 'utf8',
      });
      return { status: r.status, stdout: r.stdout, stderr: r.stderr };
    },
    aptCalls: () => lines(aptLog).map((l) => l.replace(/^(-o \S+ )+-y -q /u, '')),
    sudoCalls: () => lines(sudoLog),
  };
}

afterAll(removeScratchDirs);

describe('scripts/ensure-system-deps.sh', () => {
  it('does nothing but say so when every package is installed', () => {
    const box = sandbox({ installed: ALL });
    const result = box.run();
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('系统依赖均已安装');
    expect(box.aptCalls()).toEqual([]);
  });

  it('updates once and installs only what is missing, LibreOffice without recommends', () => {
    const box = sandbox({
      installed: ['fonts-noto-cjk', 'poppler-utils', 'postgresql', 'libreoffice-writer-nogui'],
    });
    const first = box.run();
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('缺少以下系统软件包：chromium libreoffice-calc-nogui');
    expect(box.aptCalls()).toEqual([
      'update',
      'install chromium',
      'install --no-install-recommends libreoffice-calc-nogui',
    ]);
    // Idempotent: a second run finds everything and calls apt-get no more.
    expect(box.run().stdout).toContain('系统依赖均已安装');
    expect(box.aptCalls()).toHaveLength(3);
  });

  it('takes the full LibreOffice and Ubuntu’s chromium-browser as present', () => {
    const box = sandbox({
      installed: [
        'chromium-browser',
        'fonts-noto-cjk',
        'poppler-utils',
        'postgresql',
        'libreoffice-writer',
        'libreoffice-calc',
      ],
    });
    expect(box.run().status).toBe(0);
    expect(box.aptCalls()).toEqual([]);
  });

  it('only reports with --check, exiting 1 when something is missing', () => {
    const box = sandbox({ installed: ALL.filter((p) => p !== 'poppler-utils') });
    const result = box.run(['--check']);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('缺少以下系统软件包：poppler-utils');
    expect(box.aptCalls()).toEqual([]);
  });

  it('stops with a clear message when it is not root and sudo is missing', () => {
    const box = sandbox({ installed: ['chromium'], uid: 1000 });
    const result = box.run();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('当前不是 root 用户，且未找到 sudo');
    expect(result.stderr).toContain('apt-get install -y --no-install-recommends');
    expect(box.aptCalls()).toEqual([]);
  });

  it('goes through sudo without waiting for a password when it is not root', () => {
    const box = sandbox({
      installed: ALL.filter((p) => p !== 'postgresql'),
      uid: 1000,
      sudo: true,
    });
    expect(box.run().status).toBe(0);
    expect(box.aptCalls()).toEqual(['update', 'install postgresql']);
    expect(box.sudoCalls().every((c) => c.startsWith('-n '))).toBe(true);
    expect(box.sudoCalls()).toHaveLength(2);
  });
});
