// YAML parsing with line numbers for every key, bounded against alias bombs.
import { isMap, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import type { YamlData } from "../model.ts";
import { problem, type Problem } from "../problems.ts";

/** Aliases beyond this are refused: "billion laughs" documents expand exponentially. */
const MAX_ALIAS_COUNT = 50;

/**
 * Parses YAML text. `firstLine` is the file line the text starts on (2 for frontmatter,
 * which follows the opening `---`).
 */
export function parseYaml(file: string, text: string, firstLine = 1): YamlData | Problem {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    schema: "core",
    strict: true,
  });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;

  const error = doc.errors[0];
  if (error) {
    return problem({
      kind: "yaml-syntax",
      file,
      line: lineAt(error.pos[0]),
      field: "frontmatter",
      expected: "valid YAML",
      received: error.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, ""),
      hint: error.code === "DUPLICATE_KEY" ? "each field may appear only once" : "check indentation, colons and quotes on this line",
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

export function isProblem(value: unknown): value is Problem {
  return typeof value === "object" && value !== null && "kind" in value && "severity" in value;
}
