import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderDocx, renderHtml } from '@xxgk/render';
import { parseDocument } from '@xxgk/parsers';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markedEncrypted, multipartFile, withDeclaredSize } from '../testing/multipart.js';
import { createTestApp, type Caller, type TestApp } from '../testing/test-app.js';
import { TESTDATA } from '../testing/testdata.js';

const SEEDS = join(TESTDATA, 'seeds');
const PDF = join(TESTDATA, 'fixtures/huaian-2024.pdf');
const seed = (name: string) => new Uint8Array(readFileSync(join(SEEDS, name)));
const SEED_000 = '000_7d23b93096d7af9d.txt'; // 淄博高新技术产业开发区工业信息化和商务局 2024
const SEED_001 = '001_d68fabd84de01588.txt'; // 市中区工业和信息化局 2023

interface Item {
  importId: string | null;
  fileName: string;
  status: string;
  error?: { code: string; message: string };
  recognized: { agencyName: string | null; year: number | null; format: string | null };
  agencyId: number | null;
  duplicateOf?: { reportId: number | null; importId?: string; reason: string };
  errors: number;
  warnings: number;
}

let t: TestApp;
let reviewer: Caller;
let clerk: Caller;
let gaoxin: number;
let shizhong: number;
let huaian: number;

const LIMITS = {
  maxFileBytes: 2 * 1024 * 1024,
  maxZipEntries: 20,
  maxZipExpandedBytes: 5 * 1024 * 1024,
  maxZipRatio: 50,
  ratioFloorBytes: 64 * 1024,
};

beforeAll(async () => {
  t = await createTestApp({ config: { uploads: LIMITS } });
  reviewer = await t.as(t.users.reviewer);
  clerk = await t.as(t.users.clerk);
  const agency = (name: string, regionId: number) =>
    t.repos.agencies.create({ name, kind: 'department', regionId }).then((a) => a.id);
  gaoxin = await agency('淄博高新技术产业开发区工业信息化和商务局', t.org.districtA.id);
  shizhong = await agency('枣庄市市中区工业和信息化局', t.org.districtB.id);
  huaian = await agency('淮安市人民政府', t.org.city.id);
}, 60_000);
afterAll(async () => t?.close());

async function upload(caller: Caller, fileName: string, bytes: Uint8Array) {
  const body = multipartFile(fileName, bytes);
  return caller.request({
    method: 'POST',
    url: '/api/imports',
    payload: body.payload,
    headers: body.headers,
  });
}
const items = async (caller: Caller, fileName: string, bytes: Uint8Array): Promise<Item[]> => {
  const res = await upload(caller, fileName, bytes);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: Item[] }>().items;
};
const confirm = (caller: Caller, importId: string, payload: Record<string, unknown>) =>
  caller.request({ method: 'POST', url: `/api/imports/${importId}/confirm`, payload });

describe('导入: reading uploads', () => {
  it('reads a text report, recognises its agency and year among the uploader’s agencies, and stages it', async () => {
    const [item] = await items(reviewer, SEED_001, seed(SEED_001));
    expect(item).toMatchObject({
      fileName: SEED_001,
      recognized: { agencyName: '市中区工业和信息化局', year: 2023, format: '2021' },
      agencyId: shizhong,
    });
    expect(['parsed', 'problems']).toContain(item?.status);
    expect(item?.importId).toMatch(/^[A-Za-z0-9_-]{22}$/u);
    expect(item?.duplicateOf).toBeUndefined();
    expect((await t.repos.reports.list({})).total).toBe(0);
  });

  it('reads the published PDF, a DOCX and an HTML page', async () => {
    const [pdf] = await items(reviewer, 'huaian-2024.pdf', new Uint8Array(readFileSync(PDF)));
    expect(pdf).toMatchObject({
      recognized: { agencyName: '淮安市人民政府', year: 2024 },
      agencyId: huaian,
    });
    const parsed = await parseDocument(seed(SEED_000), { fileName: SEED_000 });
    const [docx] = await items(reviewer, '年报.docx', await renderDocx(parsed.report));
    expect(docx).toMatchObject({ recognized: { year: 2024 }, agencyId: gaoxin });
    const [html] = await items(
      reviewer,
      '年报.html',
      new TextEncoder().encode(renderHtml(parsed.report)),
    );
    expect(html).toMatchObject({ recognized: { year: 2024 }, agencyId: gaoxin });
  }, 60_000);

  it('gives the reader’s Chinese reason for files it cannot read', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const [image] = await items(clerk, '截图.png', png);
    expect(image).toMatchObject({
      importId: null,
      status: 'unreadable',
      error: { code: 'input.unsupported' },
    });
    expect(image?.error?.message).toContain('截图.png');
    expect(image?.error?.message).toContain('PNG 图片');
    const [empty] = await items(clerk, '空.txt', new Uint8Array(0));
    expect(empty).toMatchObject({ status: 'unreadable', error: { code: 'input.empty' } });
    const [prose] = await items(
      clerk,
      '通知.txt',
      new TextEncoder().encode('关于召开会议的通知\n请各单位准时参加。\n'),
    );
    expect(prose?.status).toBe('unreadable');
    expect(prose?.error?.message).toContain('通知.txt');
  });

  it('matches only the clerk’s own agency', async () => {
    const [item] = await items(clerk, SEED_001, seed(SEED_001));
    expect(item?.agencyId).toBeNull();
    const refused = await confirm(clerk, item!.importId!, { agencyId: shizhong, year: 2023 });
    expect(refused.statusCode).toBe(403);
    expect(refused.json<{ error: { message: string } }>().error.message).toContain(
      '不在您的权限范围内',
    );
  });

  it('refuses an upload that is not multipart, or has no file field', async () => {
    const json = await reviewer.request({
      method: 'POST',
      url: '/api/imports',
      payload: { file: 'x' },
    });
    expect(json.statusCode).toBe(415);
    const wrongField = multipartFile('a.txt', seed(SEED_000), 'attachment');
    const res = await reviewer.request({
      method: 'POST',
      url: '/api/imports',
      payload: wrongField.payload,
      headers: wrongField.headers,
    });
    expect(res.statusCode).toBe(400);
  });
});

describe('导入: confirming', () => {
  it('creates the report with its original file, provenance and text, and notices duplicates afterwards', async () => {
    const bytes = seed(SEED_000);
    const [item] = await items(reviewer, SEED_000, bytes);
    const res = await confirm(reviewer, item!.importId!, { agencyId: gaoxin, year: 2024 });
    expect(res.statusCode).toBe(201);
    const { reportId, version } = res.json<{ reportId: number; version: number }>();
    expect(version).toBe(1);
    const page = (await reviewer.request({ method: 'GET', url: `/api/reports/${reportId}` })).json<{
      origin: string;
      source: { fileName: string; size: number };
      provenance: Record<string, { line?: number; text: string }>;
      version: { reason: string };
    }>();
    expect(page.origin).toBe('imported');
    expect(page.source).toMatchObject({ fileName: SEED_000, size: bytes.byteLength });
    expect(page.version.reason).toBe(`导入：${SEED_000}`);
    const cell = page.provenance['applications.received.total'];
    expect(cell?.line).toBeGreaterThan(0);
    const text = (
      await reviewer.request({ method: 'GET', url: `/api/reports/${reportId}/source/text` })
    ).json<{ lines: string[] }>();
    expect(text.lines[cell!.line! - 1]).toContain(cell!.text.trim());
    const original = await reviewer.request({
      method: 'GET',
      url: `/api/reports/${reportId}/source`,
    });
    expect(Buffer.compare(original.rawPayload, Buffer.from(bytes))).toBe(0);
    expect(String(original.headers['content-disposition'])).toMatch(/^attachment;/u);
    expect(original.headers['content-security-policy']).toContain('sandbox');
    expect(
      (await confirm(reviewer, item!.importId!, { agencyId: gaoxin, year: 2024 })).statusCode,
    ).toBe(404);
    const audit = await t.repos.audit.query({ action: 'report.import', entityId: reportId });
    expect(audit.items[0]?.detail).toMatchObject({ fileName: SEED_000, version: 1 });

    const [again] = await items(reviewer, '再次上传.txt', bytes);
    expect(again?.duplicateOf?.reportId).toBe(reportId);
    expect(again?.duplicateOf?.reason).toContain('原始文件完全相同');
    const conflict = await confirm(reviewer, again!.importId!, { agencyId: gaoxin, year: 2024 });
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json<{ error: { message: string } }>().error.message).toContain(
      '该机关该年度已有年报',
    );
    const asVersion = await confirm(reviewer, again!.importId!, {
      agencyId: gaoxin,
      year: 2024,
      addAsVersion: true,
    });
    expect(asVersion.json()).toEqual({ reportId, version: 2 });

    const edited = new TextEncoder().encode(`${new TextDecoder().decode(bytes)}\n（修订稿）\n`);
    const [sameYear] = await items(reviewer, '修订稿.txt', edited);
    expect(sameYear?.duplicateOf).toMatchObject({ reportId });
    expect(sameYear?.duplicateOf?.reason).toContain('该机关该年度已有年报');
  });

  it('notices the same file dropped twice before confirming, and lets the uploader discard one', async () => {
    const [first] = await items(reviewer, 'a.txt', seed('003_a7c7c325a06f5573.txt'));
    const [second] = await items(reviewer, 'b.txt', seed('003_a7c7c325a06f5573.txt'));
    expect(second?.duplicateOf).toMatchObject({ reportId: null, importId: first?.importId });
    const other = await t.as(t.users.reviewerB);
    expect(
      (await other.request({ method: 'DELETE', url: `/api/imports/${first!.importId!}` }))
        .statusCode,
    ).toBe(404);
    expect(
      (await confirm(other, first!.importId!, { agencyId: shizhong, year: 2024 })).statusCode,
    ).toBe(404);
    expect(
      (await reviewer.request({ method: 'DELETE', url: `/api/imports/${first!.importId!}` }))
        .statusCode,
    ).toBe(204);
    expect(
      (await reviewer.request({ method: 'DELETE', url: `/api/imports/${first!.importId!}` }))
        .statusCode,
    ).toBe(404);
    const audit = await t.repos.audit.query({ action: 'import.discard' });
    expect(audit.total).toBe(1);
  });

  it('corrects the year the uploader confirms, and lets staged files expire', async () => {
    const [item] = await items(reviewer, SEED_001, seed(SEED_001));
    const res = await confirm(reviewer, item!.importId!, { agencyId: shizhong, year: 2022 });
    expect(res.statusCode).toBe(201);
    const page = (
      await reviewer.request({
        method: 'GET',
        url: `/api/reports/${res.json<{ reportId: number }>().reportId}`,
      })
    ).json<{
      year: number;
      version: { report: { year: number } };
    }>();
    expect(page.year).toBe(2022);
    expect(page.version.report.year).toBe(2022);
    const [late] = await items(reviewer, SEED_001, seed(SEED_001));
    t.advance(25 * 60 * 60_000);
    reviewer = await t.as(t.users.reviewer); // the old session has ended too
    const expired = await confirm(reviewer, late!.importId!, { agencyId: shizhong, year: 2023 });
    expect(expired.statusCode).toBe(404);
    expect(expired.json<{ error: { message: string } }>().error.message).toContain('已过期');
  });
});

describe('导入: zip archives and hostile uploads', () => {
  it('expands a zip of reports into one item each, names in Chinese included', async () => {
    const zip = zipSync({
      '年报/高新区.txt': seed(SEED_000),
      '年报/市中区.txt': seed(SEED_001),
      '年报/': new Uint8Array(0),
    });
    const list = await items(reviewer, '一批年报.zip', zip);
    expect(list.map((i) => i.fileName)).toEqual(['年报/高新区.txt', '年报/市中区.txt']);
    expect(list.map((i) => i.recognized.year)).toEqual([2024, 2023]);
  });

  it('refuses a file over the size limit with 413 naming it', async () => {
    const res = await upload(reviewer, '超大.pdf', new Uint8Array(LIMITS.maxFileBytes + 1));
    expect(res.statusCode).toBe(413);
    expect(res.json<{ error: { message: string } }>().error.message).toContain('超大.pdf');
    expect(res.json<{ error: { message: string } }>().error.message).toContain('2 MB');
  });

  it('refuses zip bombs: a high ratio, a size the data exceeds, a total beyond the limit, too many entries', async () => {
    const [ratio] = await items(
      reviewer,
      'ratio.zip',
      zipSync({ 'zeros.txt': new Uint8Array(1024 * 1024) }),
    );
    expect(ratio).toMatchObject({ status: 'unreadable', error: { code: 'input.unreadable' } });
    expect(ratio?.error?.message).toContain('疑似压缩炸弹');
    const liar = withDeclaredSize(
      zipSync({ 'small.txt': new Uint8Array(60 * 1024).fill(65) }),
      100,
    );
    const [lying] = await items(reviewer, 'liar.zip', liar);
    expect(lying?.error?.message).toContain('解压后的大小与声明不符');
    const big = zipSync({
      a: new Uint8Array(1_900_000),
      b: new Uint8Array(1_900_000),
      c: new Uint8Array(1_900_000),
    });
    const [total] = await items(reviewer, 'total.zip', big);
    expect(total).toMatchObject({ fileName: 'total.zip', error: { code: 'input.too-large' } });
    expect(total?.error?.message).toContain('超过了 5.0 MB 的上限');
    const many: Record<string, Uint8Array> = {};
    for (let i = 0; i < 25; i += 1) many[`${i}.txt`] = new Uint8Array([65]);
    const [crowd] = await items(reviewer, 'many.zip', zipSync(many));
    expect(crowd?.error?.message).toContain('包含 25 个条目，超过了每个压缩包 20 个的上限');
  });

  it('refuses entries that try to leave the folder, nested zips, encrypted entries and system junk, one by one', async () => {
    const zip = zipSync({
      '../../etc/passwd': new TextEncoder().encode('root:x:0:0'),
      '/abs/path.txt': new Uint8Array([65]),
      'inner.zip': zipSync({ 'x.txt': new Uint8Array([65]) }),
      '__MACOSX/._a.txt': new Uint8Array([0]),
      '.DS_Store': new Uint8Array([0]),
      'ok.txt': seed(SEED_001),
    });
    const before = { tmp: readdirSync(tmpdir()).sort(), cwd: readdirSync(process.cwd()).sort() };
    const list = await items(reviewer, 'hostile.zip', zip);
    const byName = Object.fromEntries(list.map((i) => [i.fileName, i]));
    expect(byName['../../etc/passwd']?.error?.message).toContain('试图跳出压缩包目录');
    expect(byName['/abs/path.txt']?.error?.message).toContain('试图跳出压缩包目录');
    expect(byName['inner.zip']?.error?.message).toContain('压缩包内的压缩包不会展开');
    expect(byName['__MACOSX/._a.txt']?.error?.message).toContain('操作系统生成的附属文件');
    expect(byName['.DS_Store']?.status).toBe('unreadable');
    expect(byName['ok.txt']?.recognized.year).toBe(2023);
    expect(list.filter((i) => i.importId !== null).map((i) => i.fileName)).toEqual(['ok.txt']);
    // Nothing an upload names, or contains, was written to disk.
    expect({ tmp: readdirSync(tmpdir()).sort(), cwd: readdirSync(process.cwd()).sort() }).toEqual(
      before,
    );
    const [locked] = await items(
      reviewer,
      'locked.zip',
      markedEncrypted(zipSync({ 's.txt': seed(SEED_001) })),
    );
    expect(locked?.error?.message).toContain('已加密');
  });

  it('reports a broken zip as unreadable', async () => {
    const zip = zipSync({ 'a.txt': seed(SEED_001) });
    const [broken] = await items(reviewer, 'broken.zip', zip.subarray(0, zip.length - 30));
    expect(broken).toMatchObject({ status: 'unreadable', fileName: 'broken.zip' });
    expect(broken?.error?.message).toContain('不是完整的 ZIP 压缩包');
  });
});
