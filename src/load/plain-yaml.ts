// A fast reader for the plain YAML most frontmatter is written in; anything else is left to the full parser.
//
// The `yaml` package builds a concrete syntax tree and a document with source positions for every
// node: about 0.3 ms a frontmatter block, most of the time it takes to load an archive. Positions are
// only needed to report a mistake, so the common shapes are read here in one pass, and whatever this
// reader is not certain of (numbers, most escapes, anchors, block scalars, comments after a value, deeper
// nesting, repeated keys, any tab) makes it give up, so that the full parser reads the text and
// reports any mistake exactly as before. What it returns must equal what the full parser returns;
// tests/load/plain-yaml.test.ts compares the two on generated documents.
//
// Read here: `key: scalar`, `key: [scalar, ...]`, `key:` followed by `- scalar` lines, or by
// indented `key: scalar` / `key: [...]` lines (one level), and blank or comment lines. A scalar is
// plain text, "double quoted" with no escapes but \" \\ \/, 'single quoted', true/false, null/~, or empty.

const KEY = /^([A-Za-z][A-Za-z0-9_-]{0,99}):(?: (.*))?$/;
const ITEM = /^- (.*)$/;
/** Keys the core schema reads as booleans or null rather than text. */
const NOT_TEXT_KEY = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
/** Characters that may start a YAML token (indicators) or a number; a plain scalar starting with one is left to the full parser. */
const SPECIAL_START = /^[-?:,[\]{}#&*!|>'"%@`+.0-9]/;
/** Control characters, DEL, C1, BOM and non-characters: left to the full parser, which knows which of them are errors. */
const UNUSUAL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\ufeff\ufffe\uffff]/;
/** A date at the start makes a plain scalar text under the core schema: no number has a "-" after a digit but in an exponent. */
const DATE_START = /^[0-9]{4}-[0-9]{2}-[0-9]{2}/;

type Scalar = string | boolean | null;
type Value = Scalar | Scalar[] | Record<string, Scalar | Scalar[]>;

/** The data of `text`, or undefined when the text is not in the plain subset (then use the full parser). */
export function readPlainYaml(text: string): Record<string, Value> | undefined {
  if (UNUSUAL.test(text)) return undefined;
  const lines = text.split("\n");
  const data: Record<string, Value> = {};
  let i = 0;
  const skipBlank = () => {
    while (i < lines.length && isBlankOrComment(lines[i]!)) i++;
  };
  for (skipBlank(); i < lines.length; skipBlank()) {
    const field = KEY.exec(lines[i++]!);
    if (!field || Object.hasOwn(data, field[1]!)) return undefined;
    if (NOT_TEXT_KEY.test(field[1]!)) return undefined;
    const inline = trimSpaces(field[2] ?? "");
    if (inline !== "") {
      const value = readInline(inline);
      if (value === undefined) return undefined;
      data[field[1]!] = value;
      continue;
    }
    skipBlank();
    const next = lines[i] ?? "";
    const indent = indentOf(next);
    let value: Value = null;
    if (i < lines.length && next.startsWith("-", indent)) {
      const items: Scalar[] = [];
      for (; i < lines.length && indentOf(lines[i]!) === indent && lines[i]!.startsWith("-", indent); i++, skipBlank()) {
        const item = ITEM.exec(lines[i]!.slice(indent));
        const scalar = item ? readScalar(trimSpaces(item[1]!)) : undefined;
        if (scalar === undefined) return undefined;
        items.push(scalar);
      }
      value = items;
    } else if (i < lines.length && indent > 0) {
      const map: Record<string, Scalar | Scalar[]> = {};
      for (; i < lines.length && indentOf(lines[i]!) === indent; i++, skipBlank()) {
        const sub = KEY.exec(lines[i]!.slice(indent));
        const inner = sub ? trimSpaces(sub[2] ?? "") : "";
        // An empty value could open a deeper level: left to the full parser.
        const scalar = sub && inner !== "" && !Object.hasOwn(map, sub[1]!) && !NOT_TEXT_KEY.test(sub[1]!) ? readInline(inner) : undefined;
        if (scalar === undefined) return undefined;
        map[sub![1]!] = scalar;
      }
      value = map;
    }
    // Whatever follows a block must start at the left margin again (checked by KEY on the next turn).
    if (i < lines.length && indentOf(lines[i]!) !== 0) return undefined;
    data[field[1]!] = value;
  }
  return Object.keys(data).length > 0 ? data : undefined;
}

function readInline(text: string): Scalar | Scalar[] | undefined {
  return text.startsWith("[") ? readFlowList(text) : readScalar(text);
}

/** `[a, "b c", 'd']` on one line. */
function readFlowList(text: string): Scalar[] | undefined {
  const items: Scalar[] = [];
  let at = 1;
  const skipSpaces = () => {
    while (text[at] === " ") at++;
  };
  skipSpaces();
  if (text[at] === "]") return at === text.length - 1 ? items : undefined;
  for (;;) {
    skipSpaces();
    let end: number;
    if (text[at] === '"') end = text.indexOf('"', at + 1) + 1;
    else if (text[at] === "'") end = endOfSingleQuoted(text, at);
    else end = at + /^[^,[\]{}:#"']*/.exec(text.slice(at))![0].length;
    if (end <= at) return undefined;
    const scalar = readScalar(trimSpaces(text.slice(at, end)));
    if (scalar === undefined) return undefined;
    items.push(scalar);
    at = end;
    skipSpaces();
    if (text[at] === "]") return at === text.length - 1 ? items : undefined;
    if (text[at] !== ",") return undefined;
    at++;
  }
}

function endOfSingleQuoted(text: string, start: number): number {
  let at = start + 1;
  for (;;) {
    const quote = text.indexOf("'", at);
    if (quote < 0) return -1;
    if (text[quote + 1] !== "'") return quote + 1;
    at = quote + 2;
  }
}

/** One scalar, already trimmed; undefined when the full parser should decide. */
function readScalar(text: string): Scalar | undefined {
  if (text.startsWith('"')) return /^"(?:[^"\\]|\\["\\/])*"$/.test(text) ? text.slice(1, -1).replace(/\\(["\\/])/g, "$1") : undefined;
  if (text.startsWith("'")) return endOfSingleQuoted(text, 0) === text.length ? text.slice(1, -1).replaceAll("''", "'") : undefined;
  if (text === "" || text.includes(": ") || text.includes(" #") || text.endsWith(":")) return undefined;
  if (/^(?:~|[Nn]ull|NULL)$/.test(text)) return null;
  if (/^(?:[Tt]rue|TRUE)$/.test(text)) return true;
  if (/^(?:[Ff]alse|FALSE)$/.test(text)) return false;
  if (SPECIAL_START.test(text) && !DATE_START.test(text)) return undefined;
  return text;
}

// Only the space is white space here: YAML keeps a no-break space or an ideographic space as text,
// where String.prototype.trim() would drop it.
function isBlankOrComment(line: string): boolean {
  const indent = indentOf(line);
  return indent === line.length || line[indent] === "#";
}

function indentOf(line: string): number {
  let at = 0;
  while (line[at] === " ") at++;
  return at;
}

function trimSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (text[start] === " ") start++;
  while (end > start && text[end - 1] === " ") end--;
  return text.slice(start, end);
}
