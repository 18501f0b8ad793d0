/**
 * Just enough of a PDF reader to check what Chromium printed: each page's size and its text. It reads
 * the PDFs Chromium (Skia) writes: Flate-compressed content streams, Type0 fonts with a ToUnicode
 * map, and text shown by Tj and TJ. It is not a general PDF parser, and need not be one.
 */
import { unzlibSync } from 'fflate';

export interface PdfPage {
  /** Width and height in points, from the page's MediaBox. */
  width: number;
  height: number;
  /** The page's text, one line per text object, in the order painted. */
  text: string;
}

interface PdfObject {
  dictionary: string;
  stream: Uint8Array | null;
}

const latin1 = new TextDecoder('latin1');

function readObjects(bytes: Uint8Array): Map<number, PdfObject> {
  const text = latin1.decode(bytes);
  const objects = new Map<number, PdfObject>();
  for (const match of text.matchAll(/(\d+) 0 obj\b([\s\S]*?)endobj/g)) {
    const body = match[2] ?? '';
    const streamAt = body.indexOf('stream');
    if (streamAt < 0) {
      objects.set(Number(match[1]), { dictionary: body, stream: null });
      continue;
    }
    const start = (match.index ?? 0) + (match[0].length - body.length - 'endobj'.length) + streamAt + 'stream'.length;
    const dataStart = start + (text[start] === '\r' ? 2 : 1);
    const dataEnd = (match.index ?? 0) + match[0].lastIndexOf('endstream');
    const dictionary = body.slice(0, streamAt);
    // The stream's own /Length where it is given directly; otherwise up to the one end-of-line before
    // "endstream". Trimming every line-end byte would cut compressed data that happens to end in one.
    const length = /\/Length (\d+)(?! \d+ R)/.exec(dictionary)?.[1];
    let data = bytes.subarray(dataStart, length === undefined ? dataEnd : dataStart + Number(length));
    if (length === undefined) {
      if (data[data.length - 1] === 0x0a) data = data.subarray(0, data.length - 1);
      if (data[data.length - 1] === 0x0d) data = data.subarray(0, data.length - 1);
    }
    objects.set(Number(match[1]), { dictionary, stream: /\/FlateDecode/.test(dictionary) ? unzlibSync(data) : data });
  }
  return objects;
}

function reference(dictionary: string, key: string): number | null {
  const match = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dictionary);
  return match ? Number(match[1]) : null;
}

function hexToText(hex: string): string {
  let text = '';
  for (let index = 0; index + 4 <= hex.length; index += 4)
    text += String.fromCharCode(parseInt(hex.slice(index, index + 4), 16));
  return text;
}

/** A ToUnicode CMap: glyph code to text, from its bfchar and bfrange entries. */
function readCMap(source: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of source.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const entry of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
      map.set(parseInt(entry[1] ?? '0', 16), hexToText(entry[2] ?? ''));
  }
  for (const block of source.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const entry of (block[1] ?? '').matchAll(
      /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])/g,
    )) {
      const first = parseInt(entry[1] ?? '0', 16);
      const last = parseInt(entry[2] ?? '0', 16);
      const target = entry[3] ?? '';
      const listed = target.startsWith('[')
        ? [...target.matchAll(/<([0-9A-Fa-f]+)>/g)].map((item) => hexToText(item[1] ?? ''))
        : null;
      const base = target.startsWith('<') ? parseInt(target.slice(1, -1), 16) : 0;
      for (let code = first; code <= last; code += 1)
        map.set(code, listed ? (listed[code - first] ?? '') : String.fromCharCode(base + code - first));
    }
  }
  return map;
}

function decodeGlyphs(hex: string, cmap: Map<number, string> | undefined): string {
  let text = '';
  for (let index = 0; index + 4 <= hex.length; index += 4)
    text += cmap?.get(parseInt(hex.slice(index, index + 4), 16)) ?? '';
  return text;
}

function pageText(content: string, fonts: Map<string, Map<number, string>>): string {
  const lines: string[] = [];
  for (const block of content.matchAll(/BT([\s\S]*?)ET/g)) {
    let font: Map<number, string> | undefined;
    let line = '';
    for (const token of (block[1] ?? '').matchAll(
      /\/([\w.+-]+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>\s*Tj|\[([^\]]*)\]\s*TJ/g,
    )) {
      if (token[1]) font = fonts.get(token[1]);
      else if (token[2] !== undefined) line += decodeGlyphs(token[2], font);
      else for (const part of (token[3] ?? '').matchAll(/<([0-9A-Fa-f]*)>/g)) line += decodeGlyphs(part[1] ?? '', font);
    }
    lines.push(line);
  }
  return lines.join('\n');
}

function streamText(objects: Map<number, PdfObject>, id: number | null): string {
  const stream = id === null ? null : objects.get(id)?.stream;
  return stream ? latin1.decode(stream) : '';
}

/** The pages of a PDF Chromium printed, in order. */
export function readPdfPages(bytes: Uint8Array): PdfPage[] {
  const objects = readObjects(bytes);
  const catalogue = [...objects.values()].find((object) => /\/Type\s*\/Catalog\b/.test(object.dictionary));
  const order: number[] = [];
  const visit = (id: number) => {
    const node = objects.get(id);
    if (!node) return;
    if (/\/Type\s*\/Pages\b/.test(node.dictionary)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node.dictionary)?.[1] ?? '';
      for (const kid of kids.matchAll(/(\d+) 0 R/g)) visit(Number(kid[1]));
    } else order.push(id);
  };
  const root = catalogue ? reference(catalogue.dictionary, 'Pages') : null;
  if (root !== null) visit(root);
  return order.map((id) => {
    const page = objects.get(id)?.dictionary ?? '';
    const box = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(page);
    const resourcesId = reference(page, 'Resources');
    const resources = resourcesId === null ? page : (objects.get(resourcesId)?.dictionary ?? '');
    const fontList = /\/Font\s*<<([\s\S]*?)>>/.exec(resources)?.[1] ?? '';
    const fonts = new Map<string, Map<number, string>>();
    for (const entry of fontList.matchAll(/\/([\w.+-]+)\s+(\d+) 0 R/g)) {
      const font = objects.get(Number(entry[2]));
      const cmap = font ? reference(font.dictionary, 'ToUnicode') : null;
      if (entry[1]) fonts.set(entry[1], readCMap(streamText(objects, cmap)));
    }
    const contents = /\/Contents\s*\[([^\]]*)\]/.exec(page)?.[1];
    const contentIds = contents
      ? [...contents.matchAll(/(\d+) 0 R/g)].map((item) => Number(item[1]))
      : [reference(page, 'Contents')];
    const text = pageText(contentIds.map((contentId) => streamText(objects, contentId)).join('\n'), fonts);
    return {
      width: Number(box?.[3] ?? 0) - Number(box?.[1] ?? 0),
      height: Number(box?.[4] ?? 0) - Number(box?.[2] ?? 0),
      text,
    };
  });
}
