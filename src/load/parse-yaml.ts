// YAML parsing with line numbers for every key, bounded against alias bombs.
import { createHash } from "node:crypto";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node, type Scalar } from "yaml";
import type { LineOf, YamlData } from "../model.ts";
import { problem, type Problem } from "../problems.ts";
import { readPlainYaml } from "./plain-yaml.ts";

/** Aliases beyond this are refused: "billion laughs" documents expand exponentially. */
const MAX_ALIAS_COUNT = 50;

/** What a YAML memo keeps of a parse: the data (lines are found again when asked for), or the problem. */
export type StoredYaml = { data: unknown } | Problem;

/** Parses by a key of the file name and text (the build cache's frontmatter memo). */
export interface YamlMemo {
  get(key: string, compute: () => StoredYaml): StoredYaml;
}

/**
 * Parses YAML text. `firstLine` is the file line the text starts on (2 for frontmatter,
 * which follows the opening `---`). With a `memo`, a text parsed by an earlier build is not parsed again.
 */
export function parseYaml(file: string, text: string, firstLine = 1, memo?: YamlMemo): YamlData | Problem {
  if (!memo) return parseYamlText(file, text, firstLine);
  let fresh: YamlData | Problem | undefined;
  const key = createHash("sha256").update(`${file}\0${firstLine}\0${text}`).digest("base64url");
  const stored = memo.get(key, () => {
    fresh = parseYamlText(file, text, firstLine);
    return isProblem(fresh) ? fresh : { data: fresh.data };
  });
  if (fresh) return fresh;
  return isProblem(stored) ? stored : { file, data: stored.data, lineOf: lazyLines(file, text, firstLine) };
}

function parseYamlText(file: string, text: string, firstLine: number): YamlData | Problem {
  const plain = readPlainYaml(text);
  if (plain === undefined) return parseYamlDocument(file, text, firstLine);
  return { file, data: plain, lineOf: lazyLines(file, text, firstLine) };
}

/**
 * lineOf() for a text read before without a problem (by readPlainYaml() or an earlier build).
 * Lines are only asked for to report a mistake: parse the document for them then, once.
 */
function lazyLines(file: string, text: string, firstLine: number): LineOf {
  let located: LineOf | undefined;
  return (path) => {
    if (!located) {
      const parsed = parseYamlDocument(file, text, firstLine);
      located = isProblem(parsed) ? () => firstLine : parsed.lineOf;
    }
    return located(path);
  };
}

/** The full parse: the document with every node's position, and every problem located. */
function parseYamlDocument(file: string, text: string, firstLine: number): YamlData | Problem {
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, {
      lineCounter,
      prettyErrors: false,
      // The library compares each key with every earlier one (slow: 64 KiB of keys took a minute);
      // duplicateKey() below does the same check in one pass.
      uniqueKeys: false,
      schema: "core",
      strict: true,
    });
  } catch (cause) {
    return unreadable(file, firstLine, cause);
  }
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;

  const error = doc.errors[0];
  if (error?.code === "RESOURCE_EXHAUSTION") {
    // The composer ran out of stack: brackets or indentation nested thousands of levels deep.
    return problem({
      kind: "yaml-syntax",
      file,
      line: lineAt(error.pos[0]),
      field: "frontmatter",
      expected: "YAML nested a few levels deep",
      received: "lists or mappings nested too deep to read",
      hint: "no field needs more than three levels; remove the extra brackets or indentation",
    });
  }
  if (error) {
    return problem({
      kind: "yaml-syntax",
      file,
      line: lineAt(error.pos[0]),
      field: "frontmatter",
      expected: "valid YAML",
      received: error.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, ""),
      hint: "check indentation, colons and quotes on this line",
    });
  }
  const complex = complexKey(doc);
  if (complex) {
    // Such a key would become "[object Object]"-like text, and the library would warn on stderr.
    return problem({
      kind: "yaml-syntax",
      file,
      line: lineAt(complex.range![0]),
      field: "frontmatter",
      expected: "field names written as plain text",
      received: "a list, mapping or alias used as a field name",
      hint: "remove the ? or the brackets before the colon",
    });
  }
  const duplicate = duplicateKey(doc);
  if (duplicate) {
    return problem({
      kind: "yaml-syntax",
      file,
      line: lineAt(duplicate.range![0]),
      field: "frontmatter",
      expected: "valid YAML",
      received: "Map keys must be unique",
      hint: "each field may appear only once",
    });
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (cause) {
    return problem({
      kind: "yaml-syntax",
      file,
      line: firstLine,
      field: "frontmatter",
      expected: `valid YAML with at most ${MAX_ALIAS_COUNT} alias expansions`,
      received: cause instanceof Error ? cause.message : String(cause),
      hint: "remove the YAML anchors (&) and aliases (*)",
    });
  }

  const lineOf = (path: readonly (string | number)[]): number => {
    let node: unknown = doc.contents;
    let line = node && (node as Node).range ? lineAt((node as Node).range![0]) : firstLine;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => {
          const k = p.key as { value?: unknown } | null;
          return k !== null && typeof k === "object" && String(k.value) === String(key);
        });
        if (!pair) break;
        const k = pair.key as Node;
        if (k.range) line = lineAt(k.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof key === "number") {
        const item = node.items[key] as Node | undefined;
        if (!item) break;
        if (item.range) line = lineAt(item.range[0]);
        node = item;
      } else {
        break;
      }
    }
    return line;
  };

  return { file, data: data ?? {}, lineOf };
}

/** The first key (in the text) that repeats an earlier key of the same mapping. */
function duplicateKey(doc: Document.Parsed): Scalar | undefined {
  let first: Scalar | undefined;
  visit(doc, {
    Map(_, map) {
      const seen = new Set<string>();
      for (const { key } of map.items) {
        if (!isScalar(key) || !key.range) continue;
        // As the library compares them: 1 and 1.0 are the same key, 1 and "1" are not.
        const id = `${typeof key.value}:${String(key.value)}`;
        if (seen.has(id)) {
          if (!first || key.range[0] < first.range![0]) first = key;
          break;
        }
        seen.add(id);
      }
    },
  });
  return first;
}

/** The first key that is a list, a mapping or an alias rather than plain text. */
function complexKey(doc: Document.Parsed): Node | undefined {
  let first: Node | undefined;
  visit(doc, {
    Pair(_, pair) {
      const key = pair.key as Node | null;
      if (key !== null && !isScalar(key) && key.range && (!first || key.range[0] < first.range![0])) first = key;
    },
  });
  return first;
}

function unreadable(file: string, line: number, cause: unknown): Problem {
  return problem({
    kind: "yaml-syntax",
    file,
    line,
    field: "frontmatter",
    expected: "valid YAML",
    received: cause instanceof Error ? cause.message : String(cause),
    hint: "check indentation, colons and quotes",
  });
}

export function isProblem(value: unknown): value is Problem {
  return typeof value === "object" && value !== null && "kind" in value && "severity" in value;
}
