/**
 * The text of each page of a PDF made by Chromium's `page.pdf()` (Skia), enough to tell a blank page
 * from a printed one and to find a heading on a page. Not a general PDF reader: it follows the page
 * tree, inflates each page's content streams, and maps the glyph codes its text operators show back
 * to characters through each font's ToUnicode map — the parts Skia writes. Written here rather than
 * added as a dependency: the readers on npm are large (pdf.js) or unmaintained.
 */
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

/** Every page's text, in page order (spaces as the PDF has them). */
export function pdfPageTexts(pdf: Buffer): string[] {
  const objects = readObjects(pdf);
  const root = /\/Root (\d+) 0 R/.exec(pdf.toString('latin1'))?.[1];
  const catalog = objects.get(Number(root));
  const pagesRef = /\/Pages (\d+) 0 R/.exec(catalog?.dict ?? '')?.[1];
  return pageRefs(objects, Number(pagesRef)).map((ref) => pageText(objects, ref));
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const head = /(\d+) 0 obj\s*/g;
  for (let match = head.exec(text); match !== null; match = head.exec(text)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endobj', start);
    const body = text.slice(start, end);
    const streamAt = body.indexOf('stream');
    if (streamAt === -1) {
      objects.set(Number(match[1]), { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, streamAt);
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? 0);
    const from = start + streamAt + 'stream'.length + (text[start + streamAt + 6] === '\r' ? 2 : 1);
    const raw = pdf.subarray(from, from + length);
    objects.set(Number(match[1]), { dict, stream: dict.includes('/FlateDecode') ? inflateSync(raw) : raw });
    head.lastIndex = from + length;
  }
  return objects;
}

const refs = (text: string): number[] => [...text.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));

function pageRefs(objects: Map<number, PdfObject>, ref: number): number[] {
  const node = objects.get(ref)?.dict ?? '';
  if (!/\/Type\s*\/Pages/.test(node)) return [ref];
  const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node)?.[1] ?? '';
  return refs(kids).flatMap((kid) => pageRefs(objects, kid));
}

/** The dictionary at `/Key`: inline `<< … >>` or an indirect reference. */
function dictAt(objects: Map<number, PdfObject>, dict: string, key: string): string {
  const at = dict.indexOf(`/${key}`);
  if (at === -1) return '';
  const rest = dict.slice(at + key.length + 1).trimStart();
  if (rest.startsWith('<<')) {
    let depth = 0;
    for (let i = 0; i < rest.length; i++) {
      if (rest.startsWith('<<', i)) (depth++, i++);
      else if (rest.startsWith('>>', i) && --depth === 0) return rest.slice(0, i + 2);
    }
  }
  const ref = /^(\d+) 0 R/.exec(rest)?.[1];
  return ref === undefined ? '' : (objects.get(Number(ref))?.dict ?? '');
}

function pageText(objects: Map<number, PdfObject>, ref: number): string {
  const page = objects.get(ref)?.dict ?? '';
  const fontDict = dictAt(objects, dictAt(objects, page, 'Resources'), 'Font');
  const fonts = new Map(
    [...fontDict.matchAll(/\/([\w.+-]+)\s+(\d+) 0 R/g)].map((m) => [m[1] ?? '', toUnicode(objects, Number(m[2]))]),
  );
  const contents = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(page)?.[1] ?? '';
  const ops = refs(contents)
    .map((r) => objects.get(r)?.stream?.toString('latin1') ?? '')
    .join('\n');
  let font: CMap | undefined;
  let out = '';
  for (const m of ops.matchAll(/\/([\w.+-]+)\s+[\d.]+\s+Tf|(<[0-9A-Fa-f\s]*>|\[(?:[^\]]*)\])\s*T[jJ]/g)) {
    if (m[1] !== undefined) font = fonts.get(m[1]);
    else for (const hex of (m[2] ?? '').matchAll(/<([0-9A-Fa-f\s]*)>/g)) out += decode(font, hex[1] ?? '');
  }
  return out;
}

interface CMap {
  bytes: number;
  map: Map<number, string>;
}

function toUnicode(objects: Map<number, PdfObject>, fontRef: number): CMap {
  const font = objects.get(fontRef)?.dict ?? '';
  const ref = /\/ToUnicode (\d+) 0 R/.exec(font)?.[1];
  const cmap = objects.get(Number(ref))?.stream?.toString('latin1') ?? '';
  const map = new Map<number, string>();
  const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => Number.parseInt(h, 16)));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const m of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
      map.set(Number.parseInt(m[1] ?? '', 16), utf16(m[2] ?? ''));
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const m of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const [lo, hi, dst] = [m[1], m[2], m[3]].map((h) => Number.parseInt(h ?? '', 16)) as [number, number, number];
      for (let code = lo; code <= hi; code++) map.set(code, String.fromCharCode(dst + code - lo));
    }
  const space = /begincodespacerange\s*<([0-9A-Fa-f]+)>/.exec(cmap)?.[1] ?? '0000';
  return { bytes: space.length / 2, map };
}

function decode(font: CMap | undefined, hex: string): string {
  const digits = hex.replace(/\s/g, '');
  const size = (font?.bytes ?? 2) * 2;
  let out = '';
  for (let i = 0; i + size <= digits.length; i += size)
    out += font?.map.get(Number.parseInt(digits.slice(i, i + size), 16)) ?? '';
  return out;
}
