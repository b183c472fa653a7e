import { XxgkError } from '@xxgk/model';

/** The command that installs what PDF output needs, as the error messages print it. */
export const LIBREOFFICE_INSTALL_HINT =
  'apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-noto-cjk';

/**
 * The error for a machine without LibreOffice: what is missing and how to install it. When the
 * binary was named (an explicit path or `XXGK_SOFFICE`), the message names it.
 */
export function libreOfficeMissing(named?: string): XxgkError {
  if (named !== undefined && named !== '')
    return new XxgkError(
      'converter.missing',
      `指定的 LibreOffice 程序“${named}”不存在或不可执行，无法生成 PDF。请检查 XXGK_SOFFICE 的设置，` +
        `或安装 LibreOffice：${LIBREOFFICE_INSTALL_HINT}。`,
    );
  return new XxgkError(
    'converter.missing',
    `未找到 LibreOffice（soffice），无法生成 PDF。请先安装：${LIBREOFFICE_INSTALL_HINT}` +
      '（或以 root 身份运行 scripts/ensure-system-deps.sh）；也可设置环境变量 XXGK_SOFFICE 指向 soffice，' +
      '或先导出 DOCX（--to docx）再用办公软件另存为 PDF。',
  );
}
