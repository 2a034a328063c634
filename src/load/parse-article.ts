// Splits an article file into YAML frontmatter and Markdown body.
import type { RawArticle, SourceFile, YamlData } from "../model.ts";
import { problem, type Problem } from "../problems.ts";
import { isProblem, parseYaml, type YamlMemo } from "./parse-yaml.ts";

/** Real frontmatter is a few KiB; the cap bounds what a hostile block can cost the YAML parser. */
const MAX_FRONTMATTER_BYTES = 64 * 1024;

/** The line that closes the frontmatter: exactly `---`, trailing blanks allowed. */
const CLOSING = /^---[ \t]*$/m;

/** `memo`: frontmatter parsed by earlier builds (the build cache); the result is the same without it. */
export function parseArticle(source: SourceFile, memo?: YamlMemo): RawArticle | Problem {
  const file = source.path;
  const text = normaliseText(source.text);

  const opening = /^---([^\n]*)\n/.exec(text);
  if (!opening) {
    return problem({
      kind: "frontmatter-missing",
      file,
      line: 1,
      field: "frontmatter",
      expected: "a YAML frontmatter block opened by --- on the first line",
      received: describeFirstLine(text),
      hint: "start the file with ---, the fields (title, date, ...), then --- on a line of its own",
    });
  }
  const language = opening[1]!.trim();
  if (language !== "" && language !== "yaml" && language !== "yml") {
    return problem({
      kind: "frontmatter-language",
      file,
      line: 1,
      field: "frontmatter",
      expected: "YAML frontmatter (---)",
      received: JSON.stringify(`---${language}`),
      hint: "frontmatter in other languages is code and is never run; write the fields as YAML",
    });
  }
  // Split here rather than with a frontmatter library: gray-matter, for one, runs `---js` blocks
  // as code and ends the block at any line that merely starts with "---".
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) {
    return problem({
      kind: "frontmatter-missing",
      file,
      line: 1,
      field: "frontmatter",
      expected: "a closing --- line after the frontmatter",
      received: "no closing ---",
    });
  }
  // Without the newline before the closing line, so that an error at the end of the block is on its last line.
  const block = rest.slice(0, Math.max(0, closing.index - 1));
  const yaml: YamlData | Problem | undefined =
    block.length > MAX_FRONTMATTER_BYTES ? tooLarge(file, block.length) : block.trim() === "" ? undefined : parseYaml(file, block, 2, memo);

  const frontmatter: YamlData | Problem = yaml ?? { file, data: {}, lineOf: () => 1 };
  if (isProblem(frontmatter)) return frontmatter;
  if (typeof frontmatter.data !== "object" || frontmatter.data === null || Array.isArray(frontmatter.data)) {
    return problem({
      kind: "wrong-type",
      file,
      line: 2,
      field: "frontmatter",
      expected: "fields written as `name: value` lines",
      received: Array.isArray(frontmatter.data) ? "a list" : JSON.stringify(String(frontmatter.data)),
    });
  }

  const afterClosing = rest.slice(closing.index + closing[0].length);
  const body = afterClosing.startsWith("\n") ? afterClosing.slice(1) : afterClosing;
  const bodyLine = text.slice(0, text.length - body.length).split("\n").length;
  return { file, stem: stemOf(file), frontmatter, body, bodyLine };
}

/** One byte-order mark and CR/CRLF line endings are editors' noise, not content. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

function stemOf(file: string): string {
  const name = file.slice(file.lastIndexOf("/") + 1);
  return name.replace(/\.(md|markdown)$/i, "");
}

function describeFirstLine(text: string): string {
  const first = text.split("\n", 1)[0] ?? "";
  return first === "" ? "an empty first line" : JSON.stringify(first.length > 60 ? `${first.slice(0, 57)}...` : first);
}

function tooLarge(file: string, bytes: number): Problem {
  return problem({
    kind: "frontmatter-too-large",
    file,
    line: 1,
    field: "frontmatter",
    expected: `frontmatter under ${MAX_FRONTMATTER_BYTES / 1024} KiB`,
    received: `${Math.round(bytes / 1024)} KiB`,
  });
}
