import { chineseDate, REMEDIES } from './law.js';
import { noticeTemplate } from './registry.js';
import type { NoticeInput, NoticeText } from './types.js';

/** The shared opening: when the application was received and what it asked for. */
function opening(input: NoticeInput): string {
  return `本机关于${chineseDate(input.receivedOn)}收到您提出的政府信息公开申请，申请获取“${input.content}”。现答复如下：`;
}

/**
 * The text of a notice of the given kind (an outcome key or a procedural kind), filled from
 * the case: title, case number, salutation, opening, decision citing its articles, the
 * remedies sentence where the decision affects rights, and the signature.
 * @throws XxgkError `usage` for an unknown kind.
 */
export function noticeText(kind: string, input: NoticeInput): NoticeText {
  const template = noticeTemplate(kind);
  const paragraphs = [
    (template.opening ?? opening)(input),
    ...template.decision(input),
    ...(template.remedies ? [REMEDIES] : []),
  ];
  return {
    title: template.title,
    number: input.number,
    salutation: template.addressee?.(input) ?? input.applicantName,
    paragraphs,
    signature: [input.agencyName, chineseDate(input.issuedOn)],
  };
}

/** A file name for the notice: `〔2025〕第0001号政府信息公开申请答复告知书.docx`. */
export function noticeFileName(kind: string, input: NoticeInput): string {
  return `${input.number}${noticeTemplate(kind).title}.docx`.replace(/[\\/:*?"<>|]/gu, '_');
}
