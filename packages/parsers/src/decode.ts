import { isUtf8, transcode } from 'node:buffer';
import iconv from 'iconv-lite';
import { XxgkError } from '@xxgk/model';

/**
 * Bytes → text for every reader. Government sites serve UTF-8, GBK (often labelled gb2312),
 * GB18030, occasionally UTF-16 (Word's "Unicode text") and, on Traditional-Chinese mirrors,
 * Big5. The order of evidence, strongest first:
 *
 * 1. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE);
 * 2. BOM-less UTF-16, recognised by the zero bytes of its ASCII characters;
 * 3. bytes that are valid UTF-8 and contain non-ASCII characters: UTF-8, even when an HTML
 *    `<meta>` says gbk. CMS templates keep stale gb2312 metas while the server emits UTF-8,
 *    whereas GBK text that happens to be valid UTF-8 beyond a few bytes practically never
 *    occurs, so the bytes are the better witness;
 * 4. (HTML) the `<meta charset>` / `http-equiv` label, if decoding with it looks like Chinese;
 * 5. detection among GB18030, Big5 and UTF-16 by how plausible each decoding is as Chinese.
 *
 * Any gb2312/gbk/gb18030 label is decoded as GB18030: iconv-lite's gb2312 is strict and turns
 * GBK-only characters into U+FFFD, and GB18030 is a superset of both. Bytes that are none of
 * these raise `input.unreadable` rather than yield mojibake.
 */

/** An encoding the decoder can produce text from. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

/** How the encoding was established, strongest evidence first. */
export type EncodingEvidence = 'bom' | 'zero-bytes' | 'utf-8' | 'meta' | 'detected';

/** Decoded text with the encoding used and why. */
export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  evidence: EncodingEvidence;
}

/** Options for the decoders. */
export interface DecodeOptions {
  /** Named in the error message when the bytes cannot be decoded. */
  fileName?: string;
}

const UTF8_STRICT = new TextDecoder('utf-8', { fatal: true });
const UTF8_LOSSY = new TextDecoder('utf-8');
const UTF16LE = new TextDecoder('utf-16le');
const UTF16BE = new TextDecoder('utf-16be');

/** Bytes sampled when guessing; enough for a stable verdict, small enough to stay cheap. */
const SAMPLE_BYTES = 16_384;
/** Bytes of an HTML file scanned for a charset declaration. */
const META_SCAN_BYTES = 8_192;

/**
 * Decodes a plain-text document (see the module comment for the order of evidence).
 * @throws XxgkError `input.unreadable` when the bytes are in no supported encoding.
 */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): string {
  return decodeBytes(bytes, { ...options, html: false }).text;
}

/**
 * Decodes an HTML document: like {@link decodeText}, but a `<meta>` charset label is taken
 * into account when the bytes are not valid UTF-8.
 * @throws XxgkError `input.unreadable` when the bytes are in no supported encoding.
 */
export function decodeHtml(bytes: Uint8Array, options: DecodeOptions = {}): string {
  return decodeBytes(bytes, { ...options, html: true }).text;
}

/**
 * Decodes bytes and says which encoding was used and on what evidence.
 * @throws XxgkError `input.unreadable` when the bytes are in no supported encoding.
 */
export function decodeBytes(
  bytes: Uint8Array,
  options: DecodeOptions & { html?: boolean } = {},
): DecodedText {
  if (bytes.length === 0) return { text: '', encoding: 'utf-8', evidence: 'utf-8' };

  const bom = encodingFromBom(bytes);
  if (bom) {
    const text = decodeAs(bytes.subarray(bom.length), bom.encoding);
    return { text, encoding: bom.encoding, evidence: 'bom' };
  }

  const utf16 = utf16FromZeroBytes(bytes);
  if (utf16) return { text: decodeAs(bytes, utf16), encoding: utf16, evidence: 'zero-bytes' };

  const utf8 = decodeUtf8Leniently(bytes);
  if (utf8 !== null) {
    // Control characters in "UTF-8" are the mark of UTF-16 Chinese whose bytes all happen to
    // be ASCII (政 is 65 3F, 开 is 5F 00): prefer UTF-16 when it reads as Chinese.
    // (UTF-16 has an even number of bytes: the scan is skipped for any other length.)
    const utf16Text =
      bytes.length % 2 === 0 && hasControlBytes(bytes) ? utf16Alternative(bytes) : null;
    if (utf16Text) return { ...utf16Text, evidence: 'detected' };
    return { text: utf8, encoding: 'utf-8', evidence: 'utf-8' };
  }

  const label = options.html ? charsetFromMeta(bytes) : null;
  if (label && label !== 'utf-8') {
    const sample = assess(decodeAs(sampleOf(bytes, label), label), bytes.length > SAMPLE_BYTES);
    if (isPlausible(sample))
      return { text: decodeAs(bytes, label), encoding: label, evidence: 'meta' };
  }

  const best = detect(bytes);
  if (best) return { text: decodeAs(bytes, best), encoding: best, evidence: 'detected' };

  const name = options.fileName ? `文件“${options.fileName}”` : '该文件';
  throw new XxgkError(
    'input.unreadable',
    `无法识别${name}的文字编码：其内容既不是有效的 UTF-8，也不像以 GBK/GB18030、Big5 或 UTF-16 编码的中文。请将文件另存为 UTF-8 编码后重试。`,
  );
}

/**
 * The encoding an HTML document declares in its first few KB (`<meta charset>`, the
 * `http-equiv` Content-Type, or an XML declaration), mapped to what this decoder uses;
 * null when there is none or the label is one this decoder does not trust (e.g. iso-8859-1,
 * a classic misconfiguration on Chinese sites whose real bytes are GBK).
 */
export function charsetFromMeta(bytes: Uint8Array): TextEncodingName | null {
  const head = latin1(bytes.subarray(0, META_SCAN_BYTES));
  const match =
    /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/iu.exec(head) ??
    /<\?xml\b[^>]*?\bencoding\s*=\s*["']([\w.:-]+)/iu.exec(head);
  return match?.[1] ? encodingFromLabel(match[1]) : null;
}

/** Maps a charset label to the encoding this decoder uses for it, or null if unsupported. */
export function encodingFromLabel(label: string): TextEncodingName | null {
  const l = label.trim().toLowerCase();
  if (l === 'utf-8' || l === 'utf8' || l === 'unicode-1-1-utf-8') return 'utf-8';
  if (
    /^(?:gb2312|gb_2312(?:-80)?|gbk|x-gbk|gb18030|cp936|ms936|windows-936|euc-cn|csgb2312|chinese|iso-ir-58)$/u.test(
      l,
    )
  )
    return 'gb18030';
  if (/^(?:big5|big5-hkscs|cn-big5|x-x-big5|csbig5|cp950)$/u.test(l)) return 'big5';
  // An ASCII-readable meta inside a UTF-16 file is impossible; WHATWG maps these to UTF-8.
  if (/^(?:utf-16|utf-16le|utf-16be|unicode|ucs-2)$/u.test(l)) return 'utf-8';
  return null;
}

function encodingFromBom(bytes: Uint8Array): { encoding: TextEncodingName; length: number } | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * UTF-16 without a BOM: ASCII characters (digits, punctuation, line breaks, markup) put a zero
 * byte on one side of each pair, and no other encoding here has zero bytes in text at all.
 * The zeros all on one side mark UTF-16, but not which byte order: they may be the high bytes
 * of ASCII or the low bytes of ideographs like 开 (U+5F00), so the order that reads as
 * Chinese wins.
 */
function utf16FromZeroBytes(bytes: Uint8Array): TextEncodingName | null {
  const n = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  // Nearly every document has no zero byte at all: one native search says so, instead of
  // counting zeros pair by pair over the whole sample (a cost every document paid).
  if (bytes.subarray(0, n).indexOf(0) < 0) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const zeros = even + odd;
  if (zeros === 0) return null;
  const byParity: TextEncodingName | null =
    odd >= 0.9 * zeros ? 'utf-16le' : even >= 0.9 * zeros ? 'utf-16be' : null;
  if (!byParity) return null;
  // A stray zero byte or two is weak evidence: then the text must read clearly as Chinese.
  const strong = zeros >= Math.max(2, (n / 2) * 0.02);
  let best: { encoding: TextEncodingName; score: number } | null = null;
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    const a = assess(decodeAs(sampleOf(bytes, encoding), encoding), bytes.length > SAMPLE_BYTES);
    if (!(strong ? isPlausible(a) : readsClearlyAsChinese(a))) continue;
    const score = plausibilityScore(a);
    if (!best || score > best.score) best = { encoding, score };
  }
  return best?.encoding ?? (strong ? byParity : null);
}

/**
 * Strict UTF-8; failing that, UTF-8 damaged only slightly: a character cut off at the end
 * (captures are often truncated mid-character) or a stray invalid byte among many valid
 * multi-byte characters. GBK bytes read as UTF-8 are nearly all invalid, so they never pass.
 */
function decodeUtf8Leniently(bytes: Uint8Array): string | null {
  if (isUtf8(bytes)) return decodeValidUtf8(bytes);
  try {
    return UTF8_STRICT.decode(bytes);
  } catch {
    // fall through: not strictly valid
  }
  const lossy = UTF8_LOSSY.decode(bytes);
  let replaced = 0;
  let nonAscii = 0;
  for (let i = 0; i < lossy.length; i++) {
    const code = lossy.charCodeAt(i);
    if (code === 0xfffd) replaced++;
    else if (code > 0x7f) nonAscii++;
  }
  const truncatedTail = lossy.endsWith('\ufffd') && incompleteUtf8Tail(bytes);
  const text = truncatedTail ? lossy.slice(0, -1) : lossy;
  const damaged = truncatedTail ? replaced - 1 : replaced;
  if (damaged === 0) return text;
  return nonAscii >= 8 && damaged * 100 <= nonAscii ? text : null;
}

/**
 * Valid UTF-8 bytes as text, exactly as the UTF-8 TextDecoder reads them. Node's validator
 * and its UTF-8 → UTF-16 transcoder are vectorised; TextDecoder took about eight times as
 * long on a Chinese report, and decoding was the largest single cost of reading one. A
 * leading byte-order mark, which TextDecoder drops, is left to TextDecoder.
 */
function decodeValidUtf8(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return UTF8_STRICT.decode(bytes);
  try {
    return transcode(bytes, 'utf8', 'utf16le').toString('utf16le');
  } catch {
    // A Node built without ICU has no transcoder: TextDecoder reads the same text.
    return UTF8_STRICT.decode(bytes);
  }
}

/** True when the last bytes are the start of a multi-byte UTF-8 sequence that was cut off. */
function incompleteUtf8Tail(bytes: Uint8Array): boolean {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const b = bytes[bytes.length - back] ?? 0;
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back;
  }
  return false;
}

/** True for a C0 control other than tab, line feed, vertical tab, form feed and carriage return. */
function isControl(byte: number): boolean {
  return byte < 0x20 && (byte < 0x09 || byte > 0x0d);
}

/**
 * True when the bytes hold a C0 control other than tab, line feed, vertical tab, form feed
 * and carriage return. The bytes, not the decoded text, are searched: in UTF-8 (even decoded
 * leniently, where a bad byte never swallows an ASCII one) bytes below 0x20 are exactly those
 * characters, and four bytes are tested at once — any byte below 0x20 sets its high bit in
 * `(w - 0x20202020) & ~w`, and only such words are looked at byte by byte. A regex over the
 * decoded text took about twice as long, paid by every document of even length.
 */
function hasControlBytes(bytes: Uint8Array): boolean {
  const n = bytes.length;
  // Uint32Array needs an aligned start: the unaligned head, then whole words, then the tail.
  const head = Math.min(n, (4 - (bytes.byteOffset & 3)) & 3);
  for (let i = 0; i < head; i++) if (isControl(bytes[i] ?? 0)) return true;
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset + head, (n - head) >>> 2);
  for (let w = 0; w < words.length; w++) {
    const word = words[w] ?? 0;
    if (((word - 0x20202020) & ~word & 0x80808080) === 0) continue;
    const at = head + w * 4;
    for (let i = at; i < at + 4; i++) if (isControl(bytes[i] ?? 0)) return true;
  }
  for (let i = head + words.length * 4; i < n; i++) if (isControl(bytes[i] ?? 0)) return true;
  return false;
}

/** UTF-16 text that reads cleanly as mostly Chinese, or null. */
function utf16Alternative(bytes: Uint8Array): { text: string; encoding: TextEncodingName } | null {
  if (bytes.length % 2 !== 0) return null;
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    const a = assess(decodeAs(sampleOf(bytes, encoding), encoding), bytes.length > SAMPLE_BYTES);
    if (readsClearlyAsChinese(a)) return { text: decodeAs(bytes, encoding), encoding };
  }
  return null;
}

function detect(bytes: Uint8Array): TextEncodingName | null {
  const truncated = bytes.length > SAMPLE_BYTES;
  const candidates: TextEncodingName[] = ['gb18030', 'big5', 'utf-16le', 'utf-16be'];
  let best: { encoding: TextEncodingName; score: number } | null = null;
  for (const encoding of candidates) {
    const a = assess(decodeAs(sampleOf(bytes, encoding), encoding), truncated);
    if (!isPlausible(a)) continue;
    const score = plausibilityScore(a);
    if (!best || score > best.score) best = { encoding, score };
  }
  return best?.encoding ?? null;
}

function sampleOf(bytes: Uint8Array, encoding: TextEncodingName): Uint8Array {
  if (bytes.length <= SAMPLE_BYTES) return bytes;
  return bytes.subarray(0, encoding.startsWith('utf-16') ? SAMPLE_BYTES & ~1 : SAMPLE_BYTES);
}

function decodeAs(bytes: Uint8Array, encoding: TextEncodingName): string {
  switch (encoding) {
    case 'utf-8':
      return UTF8_LOSSY.decode(bytes);
    case 'utf-16le':
      return UTF16LE.decode(bytes);
    case 'utf-16be':
      return UTF16BE.decode(bytes);
    default:
      return stripTrailingReplacement(iconv.decode(bytes, encoding));
  }
}

/** A double-byte character cut off at the end of a capture decodes to one U+FFFD: drop it. */
function stripTrailingReplacement(text: string): string {
  return text.endsWith('\ufffd') ? text.slice(0, -1) : text;
}

/** Character counts of a decoded sample, used to judge whether the decoding is Chinese text. */
interface Assessment {
  length: number;
  /** Replacement characters, control characters, private-use code points. */
  bad: number;
  /** Ideographs. */
  cjk: number;
  /** Ideographs among the most frequent ones in Chinese text. */
  common: number;
  /** ASCII, white space, CJK and full-width punctuation. */
  plain: number;
  /** Anything else (Hangul, Yi, symbols…): what mojibake is made of. */
  odd: number;
}

function assess(text: string, truncated: boolean): Assessment {
  // A sample cut from a longer file may end mid-character.
  const sample = truncated ? text.slice(0, -1) : text;
  const a: Assessment = { length: 0, bad: 0, cjk: 0, common: 0, plain: 0, odd: 0 };
  for (const ch of sample) {
    const cp = ch.codePointAt(0) ?? 0;
    a.length++;
    if (cp === 0xfffd || (cp < 0x20 && cp !== 9 && cp !== 10 && cp !== 12 && cp !== 13)) a.bad++;
    else if ((cp >= 0x7f && cp < 0xa0) || (cp >= 0xe000 && cp <= 0xf8ff)) a.bad++;
    else if (cp < 0x7f || cp === 0xa0) a.plain++;
    else if (
      (cp >= 0x4e00 && cp <= 0x9fff) ||
      (cp >= 0x3400 && cp <= 0x4dbf) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      cp >= 0x20000
    ) {
      a.cjk++;
      if (COMMON_CHARS.has(ch)) a.common++;
    } else if (
      (cp >= 0x3000 && cp <= 0x303f) ||
      (cp >= 0xff00 && cp <= 0xffef) ||
      (cp >= 0x2010 && cp <= 0x2027) ||
      cp === 0x00b7 ||
      cp === 0x2030
    )
      a.plain++;
    else a.odd++;
  }
  return a;
}

/**
 * A stricter test, for decodings backed by weak evidence: undamaged, nothing foreign, at
 * least a few ideographs, mostly common ones, making up a good part of the text.
 */
function readsClearlyAsChinese(a: Assessment): boolean {
  return (
    a.bad === 0 && a.odd === 0 && a.cjk >= 8 && a.common >= 0.5 * a.cjk && a.cjk >= 0.3 * a.length
  );
}

/** Higher for text that reads more like Chinese (see {@link isPlausible}). */
function plausibilityScore(a: Assessment): number {
  return 3 * a.common + a.plain - 10 * a.bad - a.odd;
}

/**
 * Chinese text decoded correctly has almost no damage, and most of its ideographs are among
 * the common ones (a few hundred characters make up most running text); mojibake draws its
 * ideographs at random from thousands of rare ones and mixes in other scripts.
 */
function isPlausible(a: Assessment): boolean {
  if (a.length === 0) return true;
  if (a.bad > Math.max(1, a.length * 0.005)) return false;
  if (a.odd > Math.max(2, a.length * 0.05)) return false;
  return a.cjk < 20 || a.common >= 0.3 * a.cjk;
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/**
 * Frequent characters of Chinese running text, Simplified and Traditional (for zh-Hant
 * mirrors in GBK or Big5), plus the vocabulary of annual reports. Only a plausibility signal:
 * it needs to cover most of real text, not to be exact.
 */
const COMMON_CHARS: ReadonlySet<string> = new Set(
  (
    '的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过' +
    '发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本' +
    '前开但因只从想实日者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最' +
    '重并物手应向头文体政相见被利什二等产或新己制身果加西月话合回特代内信表化老给世位次度门任常先' +
    '海通教原东声提立及比员解水名真论处走义各入几口认条平系气题活更别打女变四神总何电数安少报才结' +
    '反受目太量再感建务做接必场件计管期市直德资命山金指许统区保至队形社便空决治展科司五基书非则听' +
    '白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确' +
    '传师观清今切院让识候带导争运飞步改收根干造言联持组每济车亲极林服快办议往元士证近失转夫令准布' +
    '始怎存未远叫台单影具字爱击流备连调深商算质团集百需价花党华城石级整府离况请技际约示复病息究线' +
    '似官火断精满支视消越器容照须九增研写称企八功包片史委乎查轻易早曾除农找装广显标谈图念六引历首' +
    '医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划致律足态护' +
    '七兴派验责营星够章音跟志底站严例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江' +
    '织害斗双境客纪采举攻父密低朝友诉止细愿千值仍男钱网热助倒育属坐限船职速刻乐否刚威状率甚独球般' +
    '普怕校苦创假久错承印晚试股拿预谁益阳若哪微继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳' +
    '财环排福纳欢警获模充负云停木游树疑层冷洲冲略范竟句室异激村策演简卡罪判担州静退既衣您宗积余痛' +
    '检差富灵协角占配征修皮挥胜降阶审沉坚善妈读超免压银买养执副乱抗犯追帮宣岁航优怪香著田铁控税左' +
    '右份穿艺背阵草脚概恶块顿敢守酒岛托央户烈洋哥索款靠评版宝座释景顾弟登货互付慢欧换闻危忙核暗介' +
    '坏讨丽良序升监临亮露永呼味野架域沙掉括误减编楚肯测败屋跑梦散温困渐封救贵缺楼县尚毫移朋画班智' +
    '亦耳恩短掌恐遗固席松秘谢遇康虑幸均销钟藏赶剧票损忽巨旧端探湖录叶春乡附吸予礼港雨板庭妇归饭额' +
    '含顺输招婚脱补谓督毒油疗旅泽材灭逐莫笔亡鲜词圣择寻厂睡博烟授诺岸卖载健堂旁宫借君禁阴园谋避抓' +
    '荣孙逃牙束跳顶玉镇雪午练迫篇肉馆遍凡础洞卷坦牛宁纸诸训私庄祖丝翻暴森塔默握戏隐熟骨访弱歌店软' +
    '典欲伙遭盘扩盖弄雄稳忘亿刺拥徒齐赛趣迎冰虚析醒透购替塞努休扬途侵刑绿迅套贸毕唯谷轮库迹尤竞街' +
    '促延震弃甲伟川申缓潜灯针折郑尊吴秀混振染盛舞圆措残秋培迷诚宽宇猛摆毁伸盟末乃悲拍丁硬操阻订彩' +
    '抽赞纷沿违汇币丰献援译汽距裁偏符勇触课敬懂墙罚厅巧侧冒债融惯享童乘挂奖绍厚纵障讯涉彻刊丈描洗' +
    '患镜签彼症仿倾牌陷播朗杜季丹尾仪偷珠孔宜桥淡翼恨繁寒伴叹旦愈潮粮缩罢聚径恰挑袋灰捕徐珍幕映裂' +
    '泰隔启尖忠累估泛荒偿横拒瑞忆孤零穷舍码婆魂灾洪胆津俗辩劲贫仁偶辑邦恢赖圈润堆碰稍迟辆废净署' +
    '御奉旋冬矛遵浮惠摘援储储档档督核查询答复申请予以部分不予公开处理行政复议诉讼结果维持纠正其他' +
    '尚未审结总计自然商业科研社会公益法律服务机构本年新收上年结转办理国家秘密禁止危及稳定保护第三' +
    '方合法权益内部事务过程性信息执法案卷事项掌握现成另行制作补正仍明确访举报投诉类重复要求出版物' +
    '无正当理由大量反复确认重新具已获取逾期缴纳费用通知规章范性文件废止有效许可决定数量罚强制事业' +
    '性收金额单位万元主动情况存在问题及改进其需报告统计期限自起至止日联系地址邮编电话箱政务网站' +
    '平台建设监督障考核评议责任追究培训栏目发布解读回应关切舆论热点民生重点领域预决算' +
    '這個們來說時國會對發經現實於學裡動進業種還點開長問麼後當樣頭無機將從兩間關體話與讓見' +
    '爲為並們總計處數條項規範廢決許執罰費額單萬報資訊請複議訴訟審結維糾協區縣鄉鎮廳員務幹' +
    '產農營構組織濟權護詢類險穩態沒補內確認舊獲當繳納轉繼續辦據係於個強況題門頁號財稅醫衛' +
    '環專會黨圍應際對導網術聯繫電郵編碼傳隨監責歸選邊達運遠場雲廣東車華設統檢驗證質標準價' +
    '錢銀備雙學習視聽讀寫書圖館歷錄檔園鐵氣熱響聲義顧問認識計劃務變難題參與應該論歡傳統'
  ).split(''),
);
