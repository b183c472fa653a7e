import { InboxOutlined, SaveOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Empty,
  InputNumber,
  Progress,
  Select,
  Space,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { confirmImport, discardImport, MAX_UPLOAD_BYTES, uploadImport } from '../api/imports.js';
import type { Agency, ImportItem } from '../api/types.js';
import { FORMAT_LABELS, formatBytes } from '../app/labels.js';
import { useOrganisation } from '../app/organisation.js';
import { Link } from '../app/router.js';
import { PageHeader } from '../report/page-header.js';

/** Files uploaded at the same time; the server parses each on a shared 2-core machine. */
const PARALLEL_UPLOADS = 2;

/** One file being uploaded and what came back from it. */
interface Upload {
  uid: string;
  file: File;
  state: 'waiting' | 'uploading' | 'parsing' | 'done' | 'failed';
  percent: number;
  error?: string;
  items: ItemState[];
}

/** One report read from a file, and what the user decided. */
interface ItemState {
  item: ImportItem;
  agencyId: number | null;
  year: number | null;
  state: 'pending' | 'saving' | 'saved' | 'discarded';
  reportId?: number;
  error?: string;
}

const STATUS_TAGS = {
  parsed: { color: 'success', label: '解析成功' },
  problems: { color: 'warning', label: '有问题' },
  unreadable: { color: 'error', label: '无法读取' },
} as const;

let uidCounter = 0;

function ItemCard({
  upload,
  it,
  index,
  agencies,
  onChange,
  onSave,
  onDiscard,
}: {
  upload: Upload;
  it: ItemState;
  index: number;
  agencies: Agency[];
  onChange: (patch: Partial<ItemState>) => void;
  onSave: () => void;
  onDiscard: () => void;
}) {
  const { item } = it;
  const tag = STATUS_TAGS[item.status];
  const name = item.fileName || upload.file.name;
  const closed = it.state === 'saved' || it.state === 'discarded';
  return (
    <div
      className="import-subitem"
      data-import-item={name}
      data-agency={agencies.find((a) => a.id === it.agencyId)?.name ?? ''}
      data-year={it.year ?? ''}
      data-state={it.state}
    >
      <div className="import-item-head">
        <Tag color={tag.color}>{tag.label}</Tag>
        {item.fileName && item.fileName !== upload.file.name && (
          <span className="import-item-name">{item.fileName}</span>
        )}
        {item.status !== 'unreadable' && (
          <span className="muted">
            识别：{item.recognized.agencyName ?? '未识别到机关'} ·{' '}
            {item.recognized.year ? `${item.recognized.year} 年度` : '未识别到年度'}
            {item.recognized.format
              ? ` · ${FORMAT_LABELS[item.recognized.format] ?? item.recognized.format}`
              : ''}
            {` · 错误 ${item.errors} 个，警告 ${item.warnings} 个`}
          </span>
        )}
      </div>
      {item.status === 'unreadable' && (
        <Alert
          type="error"
          showIcon
          className="import-alert"
          title={`「${name}」无法读取`}
          description={item.error?.message ?? '文件无法解析为年报。'}
        />
      )}
      {item.status === 'problems' && item.problems && item.problems.length > 0 && (
        <Typography.Paragraph
          type="warning"
          ellipsis={{ rows: 2, expandable: true, symbol: '展开' }}
          className="import-problems"
        >
          读取时发现 {item.problems.length} 处问题：
          {item.problems.map((p) => `${p.line ? `第 ${p.line} 行：` : ''}${p.message}`).join('；')}
        </Typography.Paragraph>
      )}
      {item.duplicateOf && !closed && (
        <Alert
          type="warning"
          showIcon
          className="import-alert"
          title="可能重复"
          description={
            <>
              {item.duplicateOf.reason}{' '}
              {item.duplicateOf.reportId !== null && (
                <Link to={`/reports/${item.duplicateOf.reportId}`}>查看已有年报</Link>
              )}
            </>
          }
        />
      )}
      {item.status !== 'unreadable' && !closed && (
        <div className="import-item-form">
          <Select
            aria-label={`「${name}」的机关`}
            placeholder="选择机关"
            showSearch={{ optionFilterProp: 'label' }}
            style={{ minWidth: 240, flex: '1 1 240px' }}
            options={agencies.map((a) => ({ value: a.id, label: a.name }))}
            value={it.agencyId ?? undefined}
            onChange={(v: number) => onChange({ agencyId: v })}
            status={it.agencyId === null ? 'warning' : undefined}
          />
          <InputNumber
            aria-label={`「${name}」的年度`}
            placeholder="年度"
            min={2008}
            max={2100}
            precision={0}
            value={it.year}
            onChange={(v) => onChange({ year: typeof v === 'number' ? v : null })}
            suffix="年度"
            style={{ width: 130 }}
          />
          <Space>
            <Button
              type="primary"
              onClick={onSave}
              loading={it.state === 'saving'}
              disabled={it.agencyId === null || it.year === null}
              data-action={`save-${index}`}
            >
              保存
            </Button>
            <Button onClick={onDiscard} disabled={it.state === 'saving'}>
              放弃
            </Button>
          </Space>
        </div>
      )}
      {it.error && (
        <Alert type="error" showIcon className="import-alert" title={it.error} role="alert" />
      )}
      {it.state === 'saved' && it.reportId !== undefined && (
        <div className="import-item-form">
          <Tag color="success">已保存</Tag>
          <Link to={`/reports/${it.reportId}`}>打开年报</Link>
        </div>
      )}
      {it.state === 'discarded' && <Tag>已放弃</Tag>}
    </div>
  );
}

/**
 * 导入: drop many files or a zip; each uploads in its own request with its own progress bar and
 * shows what was read. The recognised agency and year can be corrected before saving; items
 * that look like duplicates say so.
 */
export default function ImportPage() {
  const { message } = App.useApp();
  const org = useOrganisation();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [savingAll, setSavingAll] = useState(false);
  const uploadsRef = useRef(uploads);
  uploadsRef.current = uploads;

  const patchUpload = useCallback((uid: string, patch: Partial<Upload>) => {
    setUploads((list) => list.map((u) => (u.uid === uid ? { ...u, ...patch } : u)));
  }, []);

  const patchItem = useCallback((uid: string, index: number, patch: Partial<ItemState>) => {
    setUploads((list) =>
      list.map((u) =>
        u.uid === uid
          ? { ...u, items: u.items.map((it, i) => (i === index ? { ...it, ...patch } : it)) }
          : u,
      ),
    );
  }, []);

  // Start waiting uploads while fewer than PARALLEL_UPLOADS are running.
  useEffect(() => {
    const running = uploads.filter((u) => u.state === 'uploading' || u.state === 'parsing').length;
    const waiting = uploads
      .filter((u) => u.state === 'waiting')
      .slice(0, Math.max(0, PARALLEL_UPLOADS - running));
    for (const u of waiting) {
      patchUpload(u.uid, { state: 'uploading' });
      uploadImport(u.file, ({ loaded, total }) => {
        const percent = Math.round((loaded / Math.max(total, 1)) * 100);
        patchUpload(u.uid, percent >= 100 ? { percent: 100, state: 'parsing' } : { percent });
      }).then(
        (items) =>
          patchUpload(u.uid, {
            state: 'done',
            percent: 100,
            items: items.map((item) => ({
              item,
              agencyId: item.agencyId,
              year: item.recognized.year,
              state: item.status === 'unreadable' ? 'discarded' : 'pending',
            })),
          }),
        (e: unknown) =>
          patchUpload(u.uid, {
            state: 'failed',
            error: e instanceof Error ? e.message : '上传失败',
          }),
      );
    }
  }, [uploads, patchUpload]);

  const addFile = (file: File) => {
    uidCounter += 1;
    const upload: Upload = { uid: `u${uidCounter}`, file, state: 'waiting', percent: 0, items: [] };
    if (file.size > MAX_UPLOAD_BYTES) {
      upload.state = 'failed';
      upload.error = `「${file.name}」有 ${formatBytes(file.size)}，超过了每个文件 20 MB 的上限。`;
    } else if (file.size === 0) {
      upload.state = 'failed';
      upload.error = `「${file.name}」是空文件（0 字节），没有可读取的内容。`;
    }
    setUploads((list) => [...list, upload]);
  };

  const save = async (uid: string, index: number): Promise<boolean> => {
    const it = uploadsRef.current.find((u) => u.uid === uid)?.items[index];
    if (!it || it.item.importId === null || it.agencyId === null || it.year === null) return false;
    patchItem(uid, index, { state: 'saving', error: undefined });
    try {
      const { reportId } = await confirmImport(it.item.importId, it.agencyId, it.year);
      patchItem(uid, index, { state: 'saved', reportId });
      return true;
    } catch (e) {
      patchItem(uid, index, {
        state: 'pending',
        error: e instanceof Error ? e.message : '保存失败',
      });
      return false;
    }
  };

  const discard = async (uid: string, index: number) => {
    const it = uploadsRef.current.find((u) => u.uid === uid)?.items[index];
    if (!it) return;
    try {
      if (it.item.importId !== null) await discardImport(it.item.importId);
      patchItem(uid, index, { state: 'discarded', error: undefined });
    } catch (e) {
      patchItem(uid, index, { error: e instanceof Error ? e.message : '放弃失败' });
    }
  };

  const pending = uploads.flatMap((u) =>
    u.items.map((it, index) => ({ u, it, index })).filter(({ it }) => it.state === 'pending'),
  );
  const ready = pending.filter(
    ({ it }) => it.agencyId !== null && it.year !== null && !it.item.duplicateOf,
  );

  const saveAll = async () => {
    setSavingAll(true);
    let ok = 0;
    for (const { u, index } of ready) if (await save(u.uid, index)) ok += 1;
    setSavingAll(false);
    const skipped = pending.length - ready.length;
    const failed = ready.length - ok;
    void message.info(
      `已保存 ${ok} 份年报${failed > 0 ? `，${failed} 份保存失败` : ''}${skipped > 0 ? `；${skipped} 份未选机关或年度、或可能重复，请逐份确认` : ''}。`,
    );
  };

  const busy = uploads.some(
    (u) => u.state === 'waiting' || u.state === 'uploading' || u.state === 'parsing',
  );

  return (
    <div className="page">
      <PageHeader
        title="导入年报"
        extra={
          <Space wrap>
            {uploads.length > 0 && (
              <Button
                onClick={() =>
                  setUploads((l) =>
                    l.filter(
                      (u) =>
                        u.items.some((i) => i.state === 'pending' || i.state === 'saving') ||
                        (u.state !== 'done' && u.state !== 'failed'),
                    ),
                  )
                }
                disabled={busy}
              >
                清除已处理
              </Button>
            )}
            <Button
              type="primary"
              icon={<SaveOutlined />}
              disabled={ready.length === 0 || busy}
              loading={savingAll}
              onClick={() => void saveAll()}
            >
              全部保存{ready.length > 0 ? `（${ready.length}）` : ''}
            </Button>
          </Space>
        }
      />
      {org.error && <Alert type="warning" showIcon className="block-gap" title={org.error} />}
      <Upload.Dragger
        multiple
        accept=".txt,.text,.htm,.html,.docx,.pdf,.zip,.json"
        showUploadList={false}
        beforeUpload={(file) => {
          addFile(file);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">把年报文件拖到这里，或点击选择文件</p>
        <p className="ant-upload-hint">
          可一次选择多个文件：TXT、HTML、DOCX、PDF，或包含它们的 ZIP 压缩包；每个文件不超过 20 MB。
        </p>
      </Upload.Dragger>
      {uploads.length === 0 ? (
        <Empty className="block-gap" style={{ marginTop: 24 }} description="还没有选择文件" />
      ) : (
        <ul className="import-list" aria-label="导入的文件">
          {uploads.map((u) => (
            <li key={u.uid} className="import-item" data-file={u.file.name}>
              <div className="import-item-head">
                <span className="import-item-name">{u.file.name}</span>
                <span className="muted">{formatBytes(u.file.size)}</span>
                {u.state === 'waiting' && <Tag>等待上传</Tag>}
                {u.state === 'parsing' && <Tag color="processing">正在解析…</Tag>}
                {u.state === 'done' && u.items.length > 1 && (
                  <Tag color="blue">压缩包内 {u.items.length} 份</Tag>
                )}
              </div>
              {(u.state === 'uploading' || u.state === 'parsing' || u.state === 'waiting') && (
                <Progress
                  percent={u.percent}
                  size="small"
                  status={u.state === 'parsing' ? 'active' : 'normal'}
                  aria-label={`「${u.file.name}」上传进度`}
                />
              )}
              {u.state === 'failed' && (
                <Alert
                  type="error"
                  showIcon
                  className="import-alert"
                  title="无法读取"
                  description={u.error}
                  role="alert"
                />
              )}
              {u.state === 'done' && u.items.length === 0 && (
                <Alert
                  type="warning"
                  showIcon
                  className="import-alert"
                  title={`「${u.file.name}」中没有找到可导入的文件。`}
                />
              )}
              {u.items.map((it, index) => (
                <ItemCard
                  key={index}
                  upload={u}
                  it={it}
                  index={index}
                  agencies={org.agencies}
                  onChange={(patch) => patchItem(u.uid, index, patch)}
                  onSave={() => void save(u.uid, index)}
                  onDiscard={() => void discard(u.uid, index)}
                />
              ))}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
