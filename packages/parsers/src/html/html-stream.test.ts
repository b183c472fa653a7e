import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../decode.js';
import { READ_ATTRIBUTES, streamHtml } from './html-stream.js';

const KEYS = READ_ATTRIBUTES;

/** The events of htmlparser2's Parser in the reader's old settings, attributes cut to KEYS. */
function parserEvents(html: string): string[] {
  const events: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const kept: Record<string, string> = {};
        for (const key of KEYS) if (Object.hasOwn(attribs, key)) kept[key] = attribs[key] ?? '';
        events.push(`<${name} ${JSON.stringify(kept)}`);
      },
      onclosetag(name) {
        events.push(`</${name}`);
      },
      ontext(text) {
        events.push(`"${text}`);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return events;
}

function streamEvents(html: string): string[] {
  const events: string[] = [];
  streamHtml(html, {
    onopentag(name, attribs) {
      const kept: Record<string, string> = {};
      for (const key of KEYS) {
        const value = attribs[key];
        if (value !== undefined) kept[key] = value;
      }
      events.push(`<${name} ${JSON.stringify(kept)}`);
    },
    onclosetag(name) {
      events.push(`</${name}`);
    },
    ontext(text) {
      events.push(`"${text}`);
    },
  });
  return events;
}

/** A deterministic soup of tags, attributes and text, rich in what tree building must repair. */
function randomPage(next: (n: number) => number): string {
  const tags = [
    ...['p', 'P', 'td', 'TD', 'tr', 'th', 'table', 'tbody', 'thead', 'tfoot', 'caption', 'li'],
    ...['ul', 'a', 'br', 'BR', 'img', 'image', 'form', 'input', 'select', 'option', 'optgroup'],
    ...['button', 'textarea', 'title', 'svg', 'math', 'foreignObject', 'clipPath', 'desc', 'mi'],
    ...['annotation-xml', 'div', 'span', 'h1', 'h6', 'dd', 'dt', 'rt', 'body', 'head', 'script'],
    ...['style', 'xml', 'o:p', 'col', 'hr', 'meta', 'pre', 'sup', 'noscript', 'plaintext', 'xmp'],
    ...['unknown-tag', 'Lin\u212a', 'f\u00f6o'],
  ];
  const attributes = [
    ...['style="display:none"', 'hidden', 'CLASS=nav', 'id="x"', 'href="javascript:0"'],
    ...['rowspan=2', 'COLSPAN="3"', 'width=10', "height='&amp;5'", 'name=PubDate', 'style'],
    ...['content="2024&#45;01"', 'data-path="q"', 'class="a" class="b"', 'href=#_ftn1'],
    ...['\u017ftyle=x', 'x=&lt;', 'Cla\u212ass=k'],
  ];
  const texts = [
    ...['文字', '&nbsp;', '&amp;', '&#12288;', '&lt;/p&gt;', '  \n ', '<!-- c -->', '<', '>'],
    ...[
      '<![CDATA[x]]>',
      '<!DOCTYPE html>',
      '<?xml x?>',
      '</',
      '&',
      '&notit;',
      '</ p>',
      '&#x1F600;',
    ],
    '<!--[if gte mso 9]><xml><w:WordDocument>x</w:WordDocument></xml><![endif]-->',
  ];
  const pick = <T>(list: readonly T[]): T => list[next(list.length)] as T;
  let html = '';
  for (let i = 5 + next(60); i > 0; i--) {
    const kind = next(10);
    if (kind < 4) {
      html += `<${pick(tags)}`;
      for (let a = next(3); a > 0; a--) html += ` ${pick(attributes)}`;
      html += next(5) === 0 ? '/>' : '>';
    } else if (kind < 7) html += `</${pick(tags)}>`;
    else html += pick(texts);
  }
  return html;
}

describe('streamHtml', () => {
  it('gives the events of htmlparser2’s Parser on the sample pages', () => {
    const dir = join(import.meta.dirname, 'samples');
    for (const file of readdirSync(dir)) {
      const html = decodeHtml(readFileSync(join(dir, file)));
      expect(streamEvents(html), file).toEqual(parserEvents(html));
    }
  });

  it('repairs markup as the Parser does: implied ends, void and stray end tags, foreign content', () => {
    for (const html of [
      '<table><tr><td>1<td>2<tr><th>3</table>',
      '<p>a<p>b<div>c</p></div></p><ul><li>x<li>y</ul>',
      '<br/></br><img src=x></img><image width=5><o:p></o:p>',
      '<form><form class=x><input></form></form>',
      '<svg><clipPath/><foreignObject><p>x</foreignObject>t</clippath></svg><b>y',
      '<math><mi><svg><desc>d</desc></svg></mi><![CDATA[z]]></math><![CDATA[w]]>',
      '<title>a<b>&amp;</title><script>if (a<b) x("</p>")</script><style>p{}</style>',
      '<TD CLASS="A" class=b STYLE="display:none" Hidden>t</TD><a HREF=#_ftn1>1</a>',
      '<div class="&#97;b" id=\'nav\'>&copy; &#x4e2d;&#25991; &unknown; a&b</div><p',
    ])
      expect(streamEvents(html), html).toEqual(parserEvents(html));
  });

  it('gives the events of the Parser on thousands of random tag soups', () => {
    let seed = 20261207;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let i = 0; i < 3000; i++) {
      const html = randomPage(next);
      expect(streamEvents(html), html).toEqual(parserEvents(html));
    }
  });
});
