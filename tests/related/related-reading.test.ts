import { describe, expect, it } from "vitest";
import type { RelatedItem } from "../../src/model.ts";
import { RELATED_DEFAULTS, RELATED_LIMITS } from "../../src/related/options.ts";
import { relatedReading, type RelatedInput } from "../../src/related/related-reading.ts";

/**
 * An article whose title is its slug and whose body is empty, so no two articles share words:
 * only the signals a case sets up (tags, sections, picks, time) can relate them.
 */
function doc(slug: string, day: number, tags: string[], extra: Partial<RelatedInput> = {}): RelatedInput {
  return { slug, date: new Date(Date.UTC(2025, 7, day, 12)), title: slug, body: "", tags, authors: [], type: "news", related: [], ...extra };
}

function listFor(docs: RelatedInput[], slug: string, options = RELATED_DEFAULTS): RelatedItem[] {
  const lists = relatedReading(docs, options);
  const list = lists.get(slug);
  if (!list) throw new Error(`no list for ${slug}`);
  return list;
}

const slugs = (items: RelatedItem[]) => items.map((i) => i.slug);

describe("relatedReading editor's picks", () => {
  const docs = [
    doc("alpha", 10, ["rare"], { related: ["golf", "alpha", "foxtrot", "unpublished-draft", "golf"] }),
    doc("bravo", 10, ["rare"]),
    doc("foxtrot", 5, []),
    doc("golf", 20, []),
  ];

  it("picks come first, in the editor's order; self, unknown (unpublished) and repeated slugs are skipped", () => {
    expect(slugs(listFor(docs, "alpha"))).toEqual(["golf", "foxtrot", "bravo"]);
  });

  it("a pick item: score Infinity, pick true, its direction from the dates", () => {
    const [golf, foxtrot] = listFor(docs, "alpha");
    expect(golf).toEqual({
      slug: "golf",
      score: Infinity,
      pick: true,
      direction: "later",
      sharedTags: [],
      sharedTerms: [],
      sameSection: false,
      sharedAuthors: [],
      explainer: false,
      fallback: false,
    });
    expect(foxtrot).toMatchObject({ slug: "foxtrot", pick: true, direction: "background" });
  });

  it("picks are one-way: the picked article does not list its picker unless related otherwise", () => {
    expect(slugs(listFor(docs, "golf"))).toEqual([]);
  });

  it("an article never lists itself", () => {
    for (const [slug, items] of relatedReading(docs)) expect(slugs(items)).not.toContain(slug);
  });
});

describe("relatedReading ranking by shared tags", () => {
  // "common" is on four articles, "rare" on two (alpha and bravo).
  const docs = [
    doc("alpha", 10, ["rare", "common"]),
    doc("bravo", 10, ["rare"]),
    doc("charlie", 10, ["common"]),
    doc("delta", 10, ["common"]),
    doc("echo", 10, ["common"]),
    doc("lonely", 10, ["unshared"]),
  ];

  it("a rarer shared tag outranks a common one", () => {
    expect(slugs(listFor(docs, "alpha"))).toEqual(["bravo", "charlie", "delta", "echo"]);
  });

  it("the rare-tag item scores tags + recency exactly", () => {
    // A tag on just two articles is fully informative: 0.9 tag evidence, plus 0.2 recency (same day).
    const [bravo, charlie] = listFor(docs, "alpha");
    expect(bravo?.score).toBeCloseTo(1.1, 10);
    expect(bravo?.sharedTags).toEqual(["rare"]);
    expect(charlie?.sharedTags).toEqual(["common"]);
    expect(charlie!.score).toBeLessThan(bravo!.score);
  });

  it("an article sharing nothing has an empty list", () => {
    expect(listFor(docs, "lonely")).toEqual([]);
  });

  it("a candidate with every one of the article's tags and nothing else is scored in full (the tags' bound is not cut short)", () => {
    // Two tags, each on just these two articles: 1 - 0.1 × 0.1 = 0.99 of tag evidence. Two years
    // apart, recency adds almost nothing, so a single tag's 0.9 would stay below minScore.
    const pair = [doc("alpha", 10, ["first", "second"]), doc("bravo", 10, ["first", "second"], { date: new Date(Date.UTC(2023, 7, 10, 12)) }), doc("lonely", 10, ["other"])];
    const [bravo, ...rest] = listFor(pair, "alpha", { ...RELATED_DEFAULTS, minScore: 0.98 });
    expect(rest).toEqual([]);
    expect(bravo?.slug).toBe("bravo");
    expect(bravo!.score).toBeCloseTo(0.99, 6);
  });

  it("sharedTags lists shared tags rarest first", () => {
    const withBoth = [...docs, doc("foxtrot", 10, ["common", "rare"])];
    expect(listFor(withBoth, "alpha").find((i) => i.slug === "foxtrot")?.sharedTags).toEqual(["rare", "common"]);
  });
});

describe("relatedReading shared tags and authors named in items", () => {
  it("an article with more tags than the ranking names by place still names every shared tag, and the candidate's shared authors in its order", () => {
    const many = Array.from({ length: 40 }, (_, i) => `topic-${String(i).padStart(2, "0")}`);
    const docs = [
      doc("wide", 10, many, { authors: ["kim", "lee"] }),
      doc("narrow", 11, ["topic-00", "topic-35", "elsewhere"], { authors: ["ortiz", "lee", "kim"] }),
      doc("other", 12, ["elsewhere"]),
    ];
    const [narrow] = listFor(docs, "wide");
    expect(narrow!.slug).toBe("narrow");
    expect([...narrow!.sharedTags].sort()).toEqual(["topic-00", "topic-35"]);
    expect(narrow!.sharedAuthors).toEqual(["lee", "kim"]);
    const [wide] = listFor(docs, "narrow");
    expect([...wide!.sharedTags].sort()).toEqual(["topic-00", "topic-35"]);
    expect(wide!.sharedAuthors).toEqual(["kim", "lee"]);
  });
});

describe("relatedReading tie-breaks and direction", () => {
  const docs = [
    doc("alpha", 10, ["t"]),
    doc("before", 9, ["t"]),
    doc("after", 11, ["t"]),
    doc("same-day-b", 10, ["t"]),
    doc("same-day-a", 10, ["t"]),
  ];

  it("equal evidence: nearer in time first; equally near, the newer first; then by slug", () => {
    expect(slugs(listFor(docs, "alpha"))).toEqual(["same-day-a", "same-day-b", "after", "before"]);
  });

  it.each([
    ["before", "background"],
    ["after", "later"],
  ])("relatedReading(…).get(alpha) lists %s as %s", (slug, direction) => {
    expect(listFor(docs, "alpha").find((i) => i.slug === slug)?.direction).toBe(direction);
  });

  it("is deterministic whatever the input order", () => {
    const reversed = [...docs].reverse();
    expect(relatedReading(reversed)).toEqual(relatedReading(docs));
  });
});

describe("relatedReading candidates from a common word", () => {
  // 40 articles a day apart share "harbour" (half the archive, kept by maxTermShare 1); the first
  // and last also share "lighthouse". Near-duplicates are allowed, so only candidacy limits a list.
  const pad = (i: number) => String(i).padStart(2, "0");
  const docs = [
    ...Array.from({ length: 40 }, (_, i) => doc(`h${pad(i + 1)}`, i + 1, [], { title: "x", body: i === 0 || i === 39 ? "harbour lighthouse" : "harbour" })),
    ...Array.from({ length: 40 }, (_, i) => doc(`q${pad(i + 1)}`, i + 1, [], { title: "x", body: "quarry" })),
  ];
  const options = { ...RELATED_DEFAULTS, duplicateSimilarity: 2 };
  const listed = (slug: string, termWindow: number) =>
    slugs(relatedReading(docs, options, { ...RELATED_LIMITS, maxTermShare: 1, termWindow }).get(slug)!).sort();

  it("a word in more articles than the window holds links each to the articles nearest in time", () => {
    expect(listed("h20", 3)).toEqual(["h17", "h18", "h19", "h21", "h22", "h23"]);
    // At the start of the archive the window is cut, not moved.
    expect(listed("h02", 3)).toEqual(["h01", "h03", "h04", "h05"]);
  });

  it("a rarer word links articles however far apart, and a wide window takes the whole list", () => {
    expect(listed("h01", 3)).toEqual(["h02", "h03", "h04", "h40"]);
    expect(listed("h20", 50)).toHaveLength(RELATED_DEFAULTS.limit);
  });
});

describe("relatedReading options", () => {
  const docs = [
    doc("alpha", 10, ["t"], { related: ["pick"] }),
    doc("pick", 1, []),
    doc("b", 9, ["t"]),
    doc("c", 8, ["t"]),
    doc("d", 7, ["t"]),
  ];

  it("limit caps the ranked items; picks come on top of it", () => {
    expect(slugs(listFor(docs, "alpha", { ...RELATED_DEFAULTS, limit: 2 }))).toEqual(["pick", "b", "c"]);
  });

  it("minScore drops weak candidates", () => {
    expect(slugs(listFor(docs, "alpha", { ...RELATED_DEFAULTS, minScore: 5 }))).toEqual(["pick"]);
  });
});

describe("relatedReading section fallback", () => {
  const docs = [
    doc("alpha", 10, [], { section: "world" }),
    doc("near", 12, [], { section: "world" }),
    doc("far", 1, [], { section: "world" }),
    doc("nearer", 9, [], { section: "world" }),
    doc("farthest", 30, [], { section: "world" }),
    doc("other-section", 10, [], { section: "business" }),
  ];

  it("an article with too few related items is topped up from its section, nearest in time first", () => {
    const items = listFor(docs, "alpha");
    expect(slugs(items)).toEqual(["nearer", "near", "far"]);
    expect(items.every((i) => i.fallback && i.sameSection && !i.pick)).toBe(true);
  });

  it("fallback: 0 turns the top-up off", () => {
    expect(listFor(docs, "alpha", { ...RELATED_DEFAULTS, fallback: 0 })).toEqual([]);
  });
});
