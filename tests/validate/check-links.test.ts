import { describe, expect, it } from "vitest";
import type { Article } from "../../src/model.ts";
import { checkBodyLinks, type LinkTargets } from "../../src/validate/check-links.ts";
import { articlesFrom, gazette } from "../helpers/articles.ts";

const SITE = gazette();
const TARGETS: LinkTargets = {
  files: new Set(["/index.html", "/articles/lights/index.html", "/articles/linker/index.html", "/tags/harbour/index.html", "/styles.css", "/articles/draft/index.html"]),
  unpublished: new Map([
    ["/articles/draft/", { why: "that article is a draft", gone: false }],
    ["/articles/old-notice/", { why: "that article expired on March 12, 2025, midnight EDT", gone: true }],
  ]),
  baseUrl: "https://gazette.example.com",
};

function linksIn(body: string, published = true) {
  const { articles } = articlesFrom(SITE, { linker: { fm: ["title: Links", "date: 2025-03-01T08:00:00-05:00"], body } });
  return checkBodyLinks(articles, TARGETS, (_: Article) => published).map((p) => `${p.severity} ${p.kind} line ${p.line}: ${p.received}${p.hint ? ` (${p.hint})` : ""}`);
}

describe("checkBodyLinks", () => {
  it.each([
    ["[a](/articles/lights/)"],
    ["[a](/articles/lights)"],
    ["[a](/articles/lights/#part-2)"],
    ["[a](/articles/lights/?utm=x)"],
    ["[a](../lights/)"],
    ["[a](/tags/harbour/)"],
    ["[a](/styles.css)"],
    ["[a](https://gazette.example.com/tags/harbour/)"],
    ["[a](https://elsewhere.example.org/missing/)"],
    ["[a](#section)"],
    ["[a](mailto:desk@gazette.example.com)"],
    ["<https://elsewhere.example.org/>"],
  ])("checkBodyLinks(%j) finds nothing", (body) => {
    expect(linksIn(`${body}\n`)).toEqual([]);
  });

  it.each([
    ["[a](/articles/lihgts/)", "error broken-link line 5: \"/articles/lihgts/\" (did you mean /articles/lights/?)"],
    ["[a](../missing/)", "error broken-link line 5: \"../missing/\""],
    ["[a](missing/)", "error broken-link line 5: \"missing/\""],
    ["[a](/tags/harbor/)", "error broken-link line 5: \"/tags/harbor/\" (did you mean /tags/harbour/?)"],
    ["[a](https://gazette.example.com/nowhere/)", "error broken-link line 5: \"https://gazette.example.com/nowhere/\""],
    ["[a](/articles/old-notice/)", "error broken-link line 5: \"/articles/old-notice/\" (that article expired on March 12, 2025, midnight EDT)"],
    ["[a](/articles/draft/)", "warning link-to-unpublished line 5: \"/articles/draft/\" (that article is a draft; the link is broken until it is published)"],
  ])("checkBodyLinks(%j) === %j", (body, reported) => {
    expect(linksIn(`${body}\n`)).toEqual([reported]);
  });

  it("reports the body line of each link", () => {
    expect(linksIn("Fine.\n\n- one [x](/nope/)\n- two\n\n> [y](/also-nope/)\n")).toEqual([
      'error broken-link line 7: "/nope/"',
      'error broken-link line 10: "/also-nope/"',
    ]);
  });

  it("lets a draft link to another draft", () => {
    expect(linksIn("[a](/articles/draft/)\n", false)).toEqual([]);
  });
});
