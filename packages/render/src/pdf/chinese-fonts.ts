import { XxgkError } from '@xxgk/model';
import { runProcess } from './run-process.js';

/** The packages that give LibreOffice the CJK faces the fontconfig aliases point at. */
export const CJK_FONT_INSTALL_HINT =
  'apt-get install -y fonts-noto-cjk（或运行 scripts/ensure-system-deps.sh）';

/**
 * Makes sure fontconfig knows a font that covers Chinese: without one LibreOffice draws every
 * ideograph as an empty box and the PDF is useless, yet it reports success. When `fc-list`
 * itself is missing (not a fontconfig system) there is nothing to ask, and the check passes.
 */
export async function assertChineseFonts(env: NodeJS.ProcessEnv): Promise<void> {
  let families: string;
  try {
    const result = await runProcess('fc-list', [':lang=zh', 'family'], { env, timeoutMs: 30_000 });
    if (result.code !== 0) return;
    families = result.stdout;
  } catch {
    return;
  }
  if (families.trim() === '')
    throw new XxgkError(
      'converter.missing',
      `未找到可显示中文的字体，生成的 PDF 中汉字将无法显示。请先安装中文字体：${CJK_FONT_INSTALL_HINT}。`,
    );
}
