import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { XxgkError } from '@xxgk/model';
import { assertChineseFonts } from './chinese-fonts.js';
import { LIBREOFFICE_INSTALL_HINT, libreOfficeMissing } from './converter-missing.js';
import { findSoffice, type SofficeLookup } from './find-soffice.js';
import { prepareProfile } from './lo-profile.js';
import { xxgkFontconfigFile } from './fontconfig.js';
import { runProcess } from './run-process.js';

/** How LibreOffice is found and run. */
export interface ConvertOptions extends SofficeLookup {
  /** Time limit for one conversion in milliseconds (default 120 s). */
  timeoutMs?: number;
  /** Folder for the temporary files (default: the system temp folder). */
  tempDir?: string;
}

/** Document kinds LibreOffice converts for us. */
export type ConvertibleKind = 'docx' | 'xlsx';

const DEFAULT_TIMEOUT_MS = 120_000;
const KIND_NAMES: Readonly<Record<ConvertibleKind, string>> = { docx: 'DOCX', xlsx: 'XLSX' };

/**
 * Converts a DOCX or XLSX document to PDF with LibreOffice in headless mode. LibreOffice embeds
 * the fonts, so Chinese renders anywhere, and its text layer maps every glyph back to the
 * character it came from (Chromium's print-to-PDF maps some ideographs to radical code points).
 * Each call runs in its own temporary folder with a private LibreOffice profile, so calls may
 * run in parallel; the folder is removed afterwards. The government font names are mapped to
 * Noto CJK SC through the fontconfig file xxgk ships.
 * @throws XxgkError `converter.missing` when LibreOffice or a Chinese font is not installed.
 */
export async function convertToPdf(
  input: Uint8Array,
  kind: ConvertibleKind,
  options: ConvertOptions = {},
): Promise<Uint8Array> {
  const soffice = findSoffice(options);
  if (soffice === null)
    throw libreOfficeMissing(options.soffice ?? (options.env ?? process.env).XXGK_SOFFICE);
  const env: NodeJS.ProcessEnv = {
    ...(options.env ?? process.env),
    FONTCONFIG_FILE: xxgkFontconfigFile(),
  };
  await assertChineseFonts(env);

  const work = await mkdtemp(join(options.tempDir ?? tmpdir(), 'xxgk-lo-'));
  try {
    const source = join(work, `report.${kind}`);
    const outDir = join(work, 'out');
    await writeFile(source, input);
    const profile = await prepareProfile(join(work, 'profile'));
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const result = await runProcess(
      soffice,
      [
        '--headless',
        '--norestore',
        '--nologo',
        '--nodefault',
        '--nolockcheck',
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        source,
      ],
      { env, cwd: work, timeoutMs },
    ).catch((error: unknown) => {
      throw new XxgkError(
        'converter.missing',
        `无法启动 LibreOffice（${soffice}）：${error instanceof Error ? error.message : String(error)}。` +
          `请检查安装：${LIBREOFFICE_INSTALL_HINT}。`,
        { cause: error },
      );
    });
    if (result.timedOut)
      throw new XxgkError(
        'internal',
        `LibreOffice 把 ${KIND_NAMES[kind]} 转换为 PDF 超时（超过 ${Math.round(timeoutMs / 1000)} 秒），已终止。`,
      );
    // LibreOffice exits 0 even when it could not load or convert the file: trust only the
    // output file.
    const pdf = await readFile(join(outDir, 'report.pdf')).catch(() => null);
    if (pdf === null || !isPdf(pdf))
      throw new XxgkError(
        'internal',
        `LibreOffice 未能把 ${KIND_NAMES[kind]} 转换为 PDF（退出码 ${String(result.code)}，未生成 PDF 文件）` +
          `${describeOutput(result.stderr || result.stdout)}` +
          (kind === 'xlsx' ? '。转换 XLSX 还需要 libreoffice-calc-nogui。' : '。'),
      );
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Converts a DOCX document to PDF; see {@link convertToPdf}. */
export function convertDocxToPdf(
  docx: Uint8Array,
  options: ConvertOptions = {},
): Promise<Uint8Array> {
  return convertToPdf(docx, 'docx', options);
}

function isPdf(bytes: Uint8Array): boolean {
  return bytes.length > 5 && Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';
}

/** LibreOffice's own words, shortened, for the error message (it writes them in English). */
function describeOutput(output: string): string {
  const lines = output
    .split(/\r?\n/u)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.includes('javaldx'));
  if (lines.length === 0) return '';
  const text = lines.slice(0, 3).join(' ');
  return `：${text.length > 300 ? `${text.slice(0, 300)}…` : text}`;
}
