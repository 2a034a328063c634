import { describe, expect, it } from "vitest";
import { joinNames, reasonFor, type ReasonNames } from "../../src/index/reason.ts";
import type { RelatedItem } from "../../src/model.ts";

describe("joinNames", () => {
  it.each([
    [[], ""],
    [["Russia"], "Russia"],
    [["Russia", "Ukraine"], "Russia and Ukraine"],
    [["Russia", "Ukraine", "Alaska"], "Russia, Ukraine and Alaska"],
    [["A", "B", "C", "D"], "A, B, C and D"],
  ])("joinNames(%j) === %j", (names, expected) => {
    expect(joinNames(names)).toBe(expected);
  });
});

describe("reasonFor", () => {
  const names: ReasonNames = {
    tag: (slug) => ({ russia: "Russia", "new-start": "New START", alaska: "Alaska" })[slug] ?? slug,
    author: (id) => ({ "daniel-reyes": "Daniel Reyes", "maria-okafor": "Maria Okafor" })[id] ?? id,
    section: (id) => ({ world: "World" })[id] ?? id,
  };
  const item = (over: Partial<RelatedItem>): RelatedItem => ({
    slug: "other",
    score: 1,
    pick: false,
    direction: "background",
    sharedTags: [],
    sharedTerms: [],
    sameSection: false,
    sharedAuthors: [],
    explainer: false,
    fallback: false,
    ...over,
  });

  it.each([
    ["one shared tag", item({ sharedTags: ["russia"] }), "world", "Also about Russia"],
    ["three shared tags (two named)", item({ sharedTags: ["new-start", "russia", "alaska"] }), "world", "Also about New START and Russia"],
    ["an unnamed tag", item({ sharedTags: ["arctic"] }), "world", "Also about arctic"],
    ["shared words only", item({ sharedTerms: ["treaty", "warheads", "inspections"] }), "world", "Also mentions treaty, warheads and inspections"],
    ["tags win over words", item({ sharedTags: ["russia"], sharedTerms: ["treaty"] }), "world", "Also about Russia"],
    ["section fallback", item({ fallback: true, sameSection: true }), "world", "More from World"],
    ["author fallback without a section", item({ fallback: true, sharedAuthors: ["daniel-reyes", "maria-okafor"] }), undefined, "More by Daniel Reyes and Maria Okafor"],
    ["shared author alone is not a reason", item({ sharedAuthors: ["daniel-reyes"] }), "world", "Similar reporting"],
    ["nothing named", item({}), "world", "Similar reporting"],
    ["pick with tags", item({ pick: true, score: Infinity, sharedTags: ["russia"] }), "world", "Editor's pick · also about Russia"],
    ["pick with words only", item({ pick: true, score: Infinity, sharedTerms: ["treaty"] }), "world", "Editor's pick"],
    ["pick with nothing shared", item({ pick: true, score: Infinity }), "world", "Editor's pick"],
    ["older explainer", item({ explainer: true, sharedTags: ["new-start"] }), "world", "Background explainer · also about New START"],
    ["older explainer, words only", item({ explainer: true, sharedTerms: ["treaty"] }), "world", "Background explainer · also mentions treaty"],
  ] as [string, RelatedItem, string | undefined, string][])("reasonFor(%s) === %j", (_, related, section, expected) => {
    expect(reasonFor(related, section, names)).toBe(expected);
  });
});
