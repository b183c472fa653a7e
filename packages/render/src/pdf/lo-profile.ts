import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Settings written into each fresh LibreOffice profile before it starts.
 *
 * The Noto CJK fonts hold Chinese, Japanese and Korean glyph shapes in one file, and
 * LibreOffice picks among them by the language of the text. Text without a language tag takes
 * the profile's default Asian language, which follows the machine's locale, so the same DOCX
 * printed Japanese shapes (骨, 直, 令 …) on a ja_JP machine. The reports are Chinese: make
 * zh-CN the default Asian language, whatever the locale.
 */
const REGISTRY = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Linguistic/General"><prop oor:name="DefaultLocale_CJK" oor:op="fuse"><value>zh-CN</value></prop></item>
</oor:items>
`;

/** Creates a LibreOffice user profile folder with xxgk's settings; returns its path. */
export async function prepareProfile(dir: string): Promise<string> {
  const user = join(dir, 'user');
  await mkdir(user, { recursive: true });
  await writeFile(join(user, 'registrymodifications.xcu'), REGISTRY, 'utf8');
  return dir;
}
