import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { xxgkFontconfigFile } from './fontconfig.js';
import { hasCommand } from './testing/pdf-tools.js';

const hasNotoCjk =
  hasCommand('fc-list', '--version') &&
  spawnSync('fc-list', [':family=Noto Serif CJK SC'], { encoding: 'utf8' }).stdout.trim() !== '';

const match = (family: string): string =>
  spawnSync('fc-match', ['-f', '%{family[0]}', family], {
    encoding: 'utf8',
    env: { ...process.env, FONTCONFIG_FILE: xxgkFontconfigFile() },
  }).stdout;

describe('the shipped fontconfig file', () => {
  it('exists beside the code and includes the system configuration first', () => {
    const file = xxgkFontconfigFile();
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain(
      '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
    );
  });

  it.runIf(hasNotoCjk)(
    'maps the GB/T 9704 faces to Noto CJK SC: serif for 仿宋 and 小标宋, sans for 黑体',
    () => {
      expect(['仿宋_GB2312', '方正小标宋简体', '宋体', '楷体_GB2312', '黑体'].map(match)).toEqual([
        'Noto Serif CJK SC',
        'Noto Serif CJK SC',
        'Noto Serif CJK SC',
        'Noto Serif CJK SC',
        'Noto Sans CJK SC',
      ]);
    },
  );

  it.runIf(hasNotoCjk)('leaves a font that is installed alone', () => {
    expect(match('DejaVu Sans')).toBe('DejaVu Sans');
  });
});
