// Every ranked item's score and flags, worked out again from the article data with the formula the
// README documents: the ranking's packed copies of dates, sections, authors and tags, and its
// shortcuts past candidates that cannot make the list, must not change a single score.
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/corpus.ts";
import { RELATED_DEFAULTS, RELATED_LIMITS } from "../../src/related/options.ts";
import { relatedReading, type RelatedInput } from "../../src/related/related-reading.ts";
import { buildTagModel, tagScore } from "../../src/related/tag-model.ts";
import { buildTextModel, textCosine } from "../../src/related/text-model.ts";

const DAY_MS = 86_400_000;

describe("ranked items", () => {
  // Explainers, sections and shared authors in varied mixes; a few articles without a section.
  const corpus: RelatedInput[] = generateCorpus({ count: 400, seed: 11 }).map((a, i) => ({
    ...a,
    type: i % 7 === 0 ? "explainer" : a.type,
    section: i % 13 === 0 ? undefined : a.section,
    related: [],
  }));
  const docs = [...corpus].sort((a, b) => a.date.getTime() - b.date.getTime() || (a.slug < b.slug ? -1 : 1));
  const index = new Map(docs.map((d, i) => [d.slug, i]));
  const tags = buildTagModel(docs);
  const text = buildTextModel(docs, RELATED_LIMITS);
  const lists = relatedReading(corpus, RELATED_DEFAULTS, RELATED_LIMITS, { threads: 1 });

  it("score exactly what the documented formula gives, with the flags the articles call for", () => {
    const w = RELATED_DEFAULTS.weights;
    let checked = 0;
    for (const [slug, items] of lists) {
      const a = index.get(slug)!;
      const article = docs[a]!;
      for (const item of items.filter((i) => !i.pick && !i.fallback)) {
        const c = index.get(item.slug)!;
        const other = docs[c]!;
        const sameSection = article.section !== undefined && article.section === other.section;
        const sharedAuthors = other.authors.filter((x) => article.authors.includes(x));
        const explainer = other.type === "explainer" && other.date <= article.date;
        const days = Math.abs(article.date.getTime() - other.date.getTime()) / DAY_MS;
        const expected =
          w.tags * tagScore(tags, a, c) +
          w.text * textCosine(text, a, c) +
          (sameSection ? w.section : 0) +
          (sharedAuthors.length > 0 ? w.author : 0) +
          w.recency * 2 ** (-days / RELATED_DEFAULTS.halfLifeDays) +
          (explainer ? w.explainer : 0);
        expect(item.score, `${slug} → ${item.slug}`).toBeCloseTo(expected, 9);
        expect({ sameSection: item.sameSection, sharedAuthors: item.sharedAuthors, explainer: item.explainer }).toEqual({ sameSection, sharedAuthors, explainer });
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(400 * 5);
  });

  it("list the best-scoring candidates: nothing left out scores above the worst item listed by more than diversity allows", () => {
    // Diversity trades at most (1 - λ)/λ of score for variety (similarities are at most 1), so an
    // article scoring more than that above a listed one must be listed, unless it is a near-duplicate.
    const { diversity, limit } = RELATED_DEFAULTS;
    const slack = (1 - diversity) / diversity;
    for (const [slug, items] of lists) {
      const ranked = items.filter((i) => !i.pick && !i.fallback);
      if (ranked.length < limit) continue;
      const a = index.get(slug)!;
      const listed = new Set(ranked.map((i) => i.slug));
      const worst = Math.min(...ranked.map((i) => i.score));
      const listedDocs = ranked.map((i) => index.get(i.slug)!);
      for (let c = 0; c < docs.length; c++) {
        if (c === a || listed.has(docs[c]!.slug)) continue;
        // A near-duplicate of a listed item is left out on purpose.
        if (listedDocs.some((l) => textCosine(text, l, c) >= RELATED_DEFAULTS.duplicateSimilarity)) continue;
        const tagsAndText = RELATED_DEFAULTS.weights.tags * tagScore(tags, a, c) + RELATED_DEFAULTS.weights.text * textCosine(text, a, c);
        expect(tagsAndText, `${slug}: ${docs[c]!.slug} left out`).toBeLessThanOrEqual(worst + slack + 1e-9);
      }
    }
  });
});
