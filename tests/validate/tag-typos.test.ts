import { describe, expect, it } from "vitest";
import { findTagTypos } from "../../src/validate/tag-typos.ts";
import { articlesFrom, gazette } from "../helpers/articles.ts";

const SITE = gazette();
const DATE = "date: 2025-03-01T08:00:00-05:00";

function typos(tagLists: string[][]) {
  const files = Object.fromEntries(tagLists.map((tags, i) => [`story-${i}`, { fm: ["title: A story", DATE, `tags: [${tags.join(", ")}]`] }]));
  const { articles, raws } = articlesFrom(SITE, files);
  return findTagTypos(articles, raws, SITE);
}

describe("findTagTypos", () => {
  it("findTagTypos([[harbour, feries]]) is a warning with the known tag as a hint", () => {
    expect(typos([["harbour", "feries"]])).toEqual([
      {
        kind: "tag-typo",
        severity: "warning",
        file: "content/articles/story-0.md",
        line: 4,
        field: "tags.1",
        expected: "a tag in content/tags.yaml or one another article uses",
        received: '"feries"',
        hint: "did you mean ferries? If feries is a new topic, add it to content/tags.yaml",
      },
    ]);
  });

  it.each([
    [[["harbr"]], "harbr", "harbor"],
    [[["Budegt"]], "budegt", "budget"],
  ])("findTagTypos(%j) flags %s, near %s", (lists, tag, guess) => {
    const found = typos(lists);
    expect(found.map((p) => p.hint)).toEqual([`did you mean ${guess}? If ${tag} is a new topic, add it to content/tags.yaml`]);
  });

  it("findTagTypos(two articles, each alone with a near-identical new tag) flags both: one of them is the typo", () => {
    expect(typos([["lighthouses"], ["lighthouse"]]).map((p) => `${p.file} ${p.received} ${p.hint}`)).toEqual([
      'content/articles/story-0.md "lighthouses" did you mean lighthouse? If lighthouses is a new topic, add it to content/tags.yaml',
      'content/articles/story-1.md "lighthouse" did you mean lighthouses? If lighthouse is a new topic, add it to content/tags.yaml',
    ]);
  });

  it.each([
    ["a tag in tags.yaml", [["ferries"]]],
    ["an alias in tags.yaml", [["harbor"]]],
    ["a genuinely new tag", [["lighthouse"]]],
    ["a tag another article uses too", [["feries"], ["feries"]]],
    ["a tag too short to judge", [["bug"]]],
  ])("findTagTypos(%s) finds nothing", (_, lists) => {
    expect(typos(lists)).toEqual([]);
  });
});
