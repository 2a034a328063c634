import { expect, it } from "vitest";
import { checkLengths } from "../../src/validate/check-lengths.ts";
import { articlesFrom, gazette } from "../helpers/articles.ts";

const SITE = gazette();

function lengths(title: string, dek?: string) {
  const fm = [`title: "${title}"`, "date: 2025-03-01", ...(dek === undefined ? [] : [`dek: "${dek}"`])];
  const { articles, raws } = articlesFrom(SITE, { a: { fm } });
  return checkLengths(articles, raws).map((p) => `${p.severity} ${p.kind} ${p.file}:${p.line} ${p.field}: ${p.received}`);
}

it.each([
  ["x".repeat(110), undefined, []],
  ["x".repeat(111), undefined, ["warning headline-too-long content/articles/a.md:2 title: 111 characters"]],
  ["Київ ".repeat(22), undefined, []],
  ["Short", "d".repeat(300), []],
  ["Short", "d".repeat(301), ["warning dek-too-long content/articles/a.md:4 dek: 301 characters"]],
])("checkLengths(title of %#) reports %j", (title, dek, reported) => {
  expect(lengths(title, dek)).toEqual(reported);
});
