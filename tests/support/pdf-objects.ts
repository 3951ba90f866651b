import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
  type PDFObject,
} from 'pdf-lib';

/**
 * Reading a PDF's low-level objects for tests, with pdf-lib: what a PDF/UA checker looks at (the structure tree,
 * the marked content of each page, fonts and their ToUnicode maps, the XMP metadata), not what a viewer shows.
 */

export function loadPdf(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, { updateMetadata: false });
}

function streamText(stream: PDFObject | undefined): string {
  if (!(stream instanceof PDFRawStream)) throw new Error('not a stream');
  return Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
}

function resolve(doc: PDFDocument, object: PDFObject | undefined): PDFObject | undefined {
  return object instanceof PDFRef ? doc.context.lookup(object) : object;
}

function dictOf(doc: PDFDocument, object: PDFObject | undefined): PDFDict | undefined {
  const resolved = resolve(doc, object);
  return resolved instanceof PDFDict ? resolved : undefined;
}

function itemsOf(doc: PDFDocument, object: PDFObject | undefined): PDFObject[] {
  const resolved = resolve(doc, object);
  if (resolved === undefined) return [];
  return resolved instanceof PDFArray ? resolved.asArray() : [resolved];
}

/** A structure element: its type, its attributes and ActualText as written, its children, its own MCIDs. */
export interface StructureNode {
  type: string;
  attributes: PDFDict[];
  actualText: string | undefined;
  /** A figure's text alternative. */
  alt: string | undefined;
  /** Its own language (/Lang), where it says one. */
  lang: string | undefined;
  kids: StructureNode[];
  mcids: number[];
  /** The page of each of its MCIDs (its index in the document): the element's /Pg, or an MCR's own. */
  pages: number[];
  /** The element's object, which the ParentTree names. */
  ref: PDFRef;
}

/** The structure tree under StructTreeRoot, from its top element (Document). */
export function structureTree(doc: PDFDocument): StructureNode {
  const root = dictOf(doc, doc.catalog.get(PDFName.of('StructTreeRoot')));
  if (!root) throw new Error('no StructTreeRoot');
  const pageIndex = new Map(doc.getPages().map((page, index) => [page.ref, index]));
  const pageOf = (dict: PDFDict) => {
    const page = dict.get(PDFName.of('Pg'));
    return page instanceof PDFRef ? (pageIndex.get(page) ?? -1) : -1;
  };
  // /K is one kid or an array of them; a kid that is a reference is kept as one, to name its element.
  const kidsOf = (k: PDFObject | undefined): PDFObject[] => {
    const resolved = resolve(doc, k);
    if (resolved instanceof PDFArray) return resolved.asArray();
    return k === undefined ? [] : [k];
  };
  const read = (ref: PDFRef): StructureNode => {
    const dict = dictOf(doc, ref);
    if (!dict) throw new Error(`structure element ${ref.toString()} is not a dictionary`);
    const node: StructureNode = {
      type: String(dict.get(PDFName.of('S'))).slice(1),
      attributes: [],
      actualText: undefined,
      alt: undefined,
      lang: undefined,
      kids: [],
      mcids: [],
      pages: [],
      ref,
    };
    for (const attribute of itemsOf(doc, dict.get(PDFName.of('A')))) {
      const attributes = dictOf(doc, attribute);
      if (attributes) node.attributes.push(attributes);
    }
    const actualText = resolve(doc, dict.get(PDFName.of('ActualText')));
    if (actualText instanceof PDFString || actualText instanceof PDFHexString)
      node.actualText = actualText.decodeText();
    const alt = resolve(doc, dict.get(PDFName.of('Alt')));
    if (alt instanceof PDFString || alt instanceof PDFHexString) node.alt = alt.decodeText();
    const lang = resolve(doc, dict.get(PDFName.of('Lang')));
    if (lang instanceof PDFString || lang instanceof PDFHexString) node.lang = lang.decodeText();
    // Marked content is named either by an integer MCID on the element's page (/Pg) or by an MCR dictionary,
    // with its own page or the element's (PDF 32000-1, 14.7.4.2).
    for (const kid of kidsOf(dict.get(PDFName.of('K')))) {
      const kidDict = dictOf(doc, kid);
      if (kid instanceof PDFNumber) {
        node.mcids.push(kid.asNumber());
        node.pages.push(pageOf(dict));
      } else if (kidDict && String(kidDict.get(PDFName.of('Type'))) === '/MCR') {
        node.mcids.push((kidDict.get(PDFName.of('MCID')) as PDFNumber).asNumber());
        node.pages.push(pageOf(kidDict.has(PDFName.of('Pg')) ? kidDict : dict));
      } else if (kid instanceof PDFRef) node.kids.push(read(kid));
      else throw new Error(`unexpected kid ${String(kid)} of ${node.type}`);
    }
    return node;
  };
  const [top] = kidsOf(root.get(PDFName.of('K')));
  if (!(top instanceof PDFRef)) throw new Error('empty structure tree');
  return read(top);
}

/** Each piece of marked content as "page MCID → element", as the structure tree's elements name them. */
export function ownersInTree(tree: StructureNode): string[] {
  return allNodes(tree)
    .flatMap((node) =>
      node.mcids.map((mcid, index) => `${node.pages[index]} ${mcid} → ${node.ref.toString()}`),
    )
    .sort();
}

/**
 * Each piece of marked content as "page MCID → element", as the ParentTree gives it: the array under each page's
 * /StructParents key names the element of each MCID in turn (what a reader goes by from the page to the tree).
 */
export function ownersInParentTree(doc: PDFDocument): string[] {
  const root = dictOf(doc, doc.catalog.get(PDFName.of('StructTreeRoot')));
  const parentTree = dictOf(doc, root?.get(PDFName.of('ParentTree')));
  if (!parentTree) throw new Error('no ParentTree');
  if (parentTree.has(PDFName.of('Kids')))
    throw new Error('a ParentTree with Kids is not read here');
  const nums = itemsOf(doc, parentTree.get(PDFName.of('Nums')));
  const byKey = new Map<number, PDFObject | undefined>();
  for (let index = 0; index < nums.length; index += 2)
    byKey.set((nums[index] as PDFNumber).asNumber(), nums[index + 1]);
  return doc
    .getPages()
    .flatMap((page, pageIndex) => {
      const key = page.node.get(PDFName.of('StructParents'));
      if (!(key instanceof PDFNumber)) return [];
      return itemsOf(doc, byKey.get(key.asNumber())).map(
        (owner, mcid) => `${pageIndex} ${mcid} → ${String(owner)}`,
      );
    })
    .sort();
}

/** Every element of the tree, depth first in reading order. */
export function allNodes(node: StructureNode): StructureNode[] {
  return [node, ...node.kids.flatMap(allNodes)];
}

/** The value of an attribute (e.g. Scope) in an element's attribute dictionaries, as a name without the slash. */
export function attributeOf(node: StructureNode, owner: string, key: string): string | undefined {
  const dict = node.attributes.find((a) => String(a.get(PDFName.of('O'))) === `/${owner}`);
  const value = dict?.get(PDFName.of(key));
  return value === undefined ? undefined : String(value).replace(/^\//, '');
}

/** Each page's content stream, decoded. */
export function pageContents(doc: PDFDocument): string[] {
  return doc.getPages().map((page) =>
    itemsOf(doc, page.node.get(PDFName.of('Contents')))
      .map((part) => streamText(resolve(doc, part)))
      .join('\n'),
  );
}

/** A marked-content sequence in a content stream: its tag, its MCID if any, and what lies between BDC/BMC and EMC. */
export interface MarkedContent {
  tag: string;
  mcid: number | undefined;
  body: string;
}

/** Every marked-content sequence of a content stream, nested ones included. */
export function markedContent(content: string): MarkedContent[] {
  const found: MarkedContent[] = [];
  const open: Array<{ tag: string; mcid: number | undefined; start: number }> = [];
  for (const match of content.matchAll(
    /\/(\w+)\s*(<<(?:[^>]|>(?!>))*>>)?\s*(?:BDC|BMC)\b|\bEMC\b/g,
  )) {
    if (match[0] === 'EMC') {
      const begun = open.pop();
      if (!begun) throw new Error('EMC without BDC/BMC');
      found.push({
        tag: begun.tag,
        mcid: begun.mcid,
        body: content.slice(begun.start, match.index),
      });
    } else {
      const mcid = /\/MCID\s+(\d+)/.exec(match[2] ?? '')?.[1];
      open.push({
        tag: match[1] as string,
        mcid: mcid === undefined ? undefined : Number(mcid),
        start: match.index + match[0].length,
      });
    }
  }
  if (open.length > 0) throw new Error('BDC/BMC without EMC');
  return found;
}

/** What text is painted with where it is shown: the fill, and the outline a text rendering mode strokes. */
export interface TextPaint {
  fill: string;
  /** Text rendering mode: 0 fills, 2 fills and strokes. */
  mode: string;
  stroke: string;
  width: string;
  dash: string;
  size: string;
}

/**
 * The graphics state each text-showing operator of a content stream paints with, followed through q/Q and the
 * operators the handout writes (grey levels, width, dash, Tr, Tf). Operators it does not follow but that change
 * how text is painted (colour spaces, other colours, a graphics state dictionary) throw, so nothing goes unseen.
 */
export function textPaints(content: string): TextPaint[] {
  const initial: TextPaint = {
    fill: '0',
    mode: '0',
    stroke: '0',
    width: '1',
    dash: '[] 0',
    size: '',
  };
  let state = { ...initial };
  const saved: TextPaint[] = [];
  const shown: TextPaint[] = [];
  let operands: string[] = [];
  // Dictionaries (with hex strings inside), arrays, hex strings, names, numbers, operators.
  for (const [token] of content.matchAll(
    /<<(?:[^>]|>(?!>))*>>|\[[^\]]*\]|<[0-9A-Fa-f\s]*>|\/[^\s/[\]<>()]*|[-+]?(?:\d+\.?\d*|\.\d+)|[^\s/[\]<>()]+/g,
  )) {
    if (/^(?:[<[/]|[-+.\d])/.test(token)) {
      operands.push(token);
      continue;
    }
    const [first, second] = operands;
    operands = [];
    if (token === 'q') saved.push({ ...state });
    else if (token === 'Q') state = saved.pop() ?? { ...initial };
    else if (token === 'g') state.fill = first as string;
    else if (token === 'G') state.stroke = first as string;
    else if (token === 'w') state.width = first as string;
    else if (token === 'd') state.dash = `${first} ${second}`;
    else if (token === 'Tr') state.mode = first as string;
    else if (token === 'Tf') state.size = second as string;
    else if (token === 'Tj' || token === 'TJ' || token === "'" || token === '"')
      shown.push({ ...state });
    else if (/^(?:cs|CS|sc|SC|scn|SCN|rg|RG|k|K|gs)$/.test(token))
      throw new Error(`${token}: a paint this reading does not follow`);
  }
  return shown;
}

/** Whether a piece of content shows text or paints a path or an image. */
export function drawsSomething(body: string): boolean {
  return /(?:^|\s)(?:Tj|TJ|'|"|S|s|f\*?|F|B\*?|b\*?|Do|sh)(?=\s|$)/.test(body);
}

/** Every font dictionary (Type0 and simple fonts, not their descendants) anywhere in the file, by BaseFont. */
export function fontsInFile(doc: PDFDocument): string[] {
  const names: string[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || String(object.get(PDFName.of('Type'))) !== '/Font')
      continue;
    if (String(object.get(PDFName.of('Subtype'))).startsWith('/CIDFontType')) continue;
    names.push(String(object.get(PDFName.of('BaseFont'))).slice(1));
  }
  return names.sort();
}

/** The fonts the pages draw with (their resources), by BaseFont. */
export function fontsOnPages(doc: PDFDocument): string[] {
  const names = new Set<string>();
  for (const page of doc.getPages()) {
    const fonts = dictOf(doc, page.node.Resources()?.get(PDFName.of('Font')));
    for (const ref of fonts?.values() ?? [])
      names.add(String(dictOf(doc, ref)?.get(PDFName.of('BaseFont'))).slice(1));
  }
  return [...names].sort();
}

/** Every destination of every font's ToUnicode map (bfchar and bfrange), as hex digits. */
export function toUnicodeTargets(doc: PDFDocument): string[] {
  const targets: string[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || !object.has(PDFName.of('ToUnicode'))) continue;
    const cmap = streamText(resolve(doc, object.get(PDFName.of('ToUnicode'))));
    for (const section of cmap.matchAll(/beginbf(char|range)([\s\S]*?)endbf\1/g)) {
      const pattern =
        section[1] === 'char'
          ? /<[0-9A-Fa-f]*>\s*<([0-9A-Fa-f]*)>/g
          : /<[0-9A-Fa-f]*>\s*<[0-9A-Fa-f]*>\s*<([0-9A-Fa-f]*)>/g;
      for (const entry of (section[2] as string).matchAll(pattern))
        targets.push((entry[1] as string).toUpperCase());
    }
  }
  return targets;
}

/** The document's XMP metadata packet (the catalog's /Metadata stream), as text. */
export function xmpPacket(doc: PDFDocument): string {
  const stream = resolve(doc, doc.catalog.get(PDFName.of('Metadata')));
  if (!(stream instanceof PDFStream)) throw new Error('no /Metadata stream');
  const dict = stream.dict;
  if (
    String(dict.get(PDFName.of('Type'))) !== '/Metadata' ||
    String(dict.get(PDFName.of('Subtype'))) !== '/XML'
  )
    throw new Error('/Metadata is not an XML metadata stream');
  return Buffer.from(decodePDFRawStream(stream as PDFRawStream).decode()).toString('utf8');
}
