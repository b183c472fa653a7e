import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { sniffHtml } from './sniff-html.js';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('sniffHtml', () => {
  it('recognises pages, Word exports and bare fragments by their opening markup', () => {
    for (const head of [
      '<!DOCTYPE html><html>',
      '\r\n\r\n  <!doctype HTML PUBLIC "-//W3C//DTD HTML 4.01//EN">',
      '<html xmlns:v="urn:schemas-microsoft-com:vml"\r\nxmlns:o="urn:schemas-microsoft-com:office:office">',
      '<?xml version="1.0" encoding="gb2312"?>\n<html xmlns="http://www.w3.org/1999/xhtml">',
      '<table border=1><tr><td>规章</td></tr></table>',
      '<p>一、总体情况</p>',
      '<div class="TRS_Editor"><p>',
      '<!-- saved from url=(0071)http://www.example.gov.cn/ -->\n<html>',
    ])
      expect(sniffHtml(bytes(head)), head).toBe(true);
  });

  it('recognises HTML in UTF-16 with or without a BOM, and in GBK', () => {
    const page = '<html><head><meta charset="gbk"><title>年度报告</title></head>';
    expect(sniffHtml(new Uint8Array(iconv.encode(page, 'utf-16le', { addBOM: true })))).toBe(true);
    expect(sniffHtml(new Uint8Array(iconv.encode(page, 'utf-16le')))).toBe(true);
    expect(sniffHtml(new Uint8Array(iconv.encode(page, 'utf-16be')))).toBe(true);
    expect(sniffHtml(new Uint8Array(iconv.encode(page, 'gbk')))).toBe(true);
  });

  it('does not take plain text for HTML, even with an .html name when it has no tag', () => {
    const text = '一、总体情况\n2024年，本机关……\n二、主动公开政府信息情况\n';
    expect(sniffHtml(bytes(text))).toBe(false);
    expect(sniffHtml(bytes(text), 'report.html')).toBe(false);
    expect(sniffHtml(bytes(`${text}说明：表格见 <table> 标签`))).toBe(false);
  });

  it('accepts an .htm file that starts with text but holds tags', () => {
    expect(sniffHtml(bytes('年度报告<br>一、总体情况<br>'), '年报.htm')).toBe(true);
    expect(sniffHtml(bytes('年度报告<br>一、总体情况<br>'), '年报.txt')).toBe(false);
  });
});
