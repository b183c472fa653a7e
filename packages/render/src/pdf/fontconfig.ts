import { fileURLToPath } from 'node:url';

/**
 * The fontconfig file shipped with xxgk (see the comment inside it): it includes the system
 * configuration and maps 仿宋_GB2312, 方正小标宋简体, 黑体 … to Noto Serif/Sans CJK SC, so a
 * server without the government fonts renders Chinese glyph shapes, not Japanese ones.
 * LibreOffice reads it through `FONTCONFIG_FILE` in its environment.
 */
export function xxgkFontconfigFile(): string {
  return fileURLToPath(new URL('./fontconfig/xxgk-fonts.conf', import.meta.url));
}
