import { expect, it } from "vitest";
import { parseArticle } from "../../src/load/parse-article.ts";
import { isProblem } from "../../src/load/parse-yaml.ts";
import type { RawArticle } from "../../src/model.ts";
import { problem } from "../../src/problems.ts";
import { checkRejectedReferences } from "../../src/validate/check-references.ts";
import { articlesFrom, gazette } from "../helpers/articles.ts";

const SITE = gazette();

function raw(stem: string, fm: string[]): RawArticle {
  const parsed = parseArticle({ path: `content/articles/${stem}.md`, text: `---\n${fm.join("\n")}\n---\nBody.\n` });
  if (isProblem(parsed)) throw new Error(parsed.kind);
  return parsed;
}

it("checkRejectedReferences reports the slugs a rejected article points to, once, and accepts other rejected articles", () => {
  const { articles, raws } = articlesFrom(SITE, { lights: { fm: ["title: Lights", "date: 2025-03-01"] } });
  const rejected = raw("broken", ["title: Broken", "date: last friday", "related: [lihgts, other-broken, gone]", "further_reading:", "  - lights", "  - nowhere", "  - {title: X, url: 'https://x.example/'}"]);
  const other = raw("other-broken", ["date: 2025-03-01"]);
  raws.set(rejected.file, rejected);
  raws.set(other.file, other);
  const reported = [problem({ kind: "unknown-related", file: rejected.file, line: 4, field: "related.2", expected: "…" })];
  expect(checkRejectedReferences(raws, articles, reported).map((p) => `${p.file}:${p.line} ${p.field} ${p.received}${p.hint ? ` (${p.hint})` : ""}`)).toEqual([
    'content/articles/broken.md:4 related.0 "lihgts" (did you mean lights?)',
    'content/articles/broken.md:7 further_reading.1 "nowhere"',
  ]);
});
