import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RELATED_DEFAULTS, RELATED_LIMITS } from "../../src/related/options.ts";
import { relatedReading, type RelatedInput } from "../../src/related/related-reading.ts";
import { buildTextModel, textCosine, writeVectors, type TextModel, type TextShare, type VectorJob } from "../../src/related/text-model.ts";
import { LONGEST_SEGMENTED, tokenize } from "../../src/related/tokenize.ts";
import { tokenizeTexts, type TokenizedPart } from "../../src/related/tokenize-texts.ts";
import { Vocabulary } from "../../src/related/vocabulary.ts";

function doc(slug: string, day: number, title: string, body: string, extra: Partial<RelatedInput> = {}): RelatedInput {
  return { slug, date: new Date(Date.UTC(2025, 7, day, 12)), title, body, tags: [], authors: [], type: "news", related: [], ...extra };
}

/** Filler that shares no word with anything else: each article's own made-up words. */
const filler = (seed: string, words: number) => Array.from({ length: words }, (_, i) => `${seed}x${i.toString(36)}q`).join(" ");

describe("Vocabulary.forEachTerm", () => {
  const termsOf = (text: string) => {
    const vocabulary = new Vocabulary();
    const ids: number[] = [];
    vocabulary.forEachTerm(text, (id) => ids.push(id));
    const { terms } = vocabulary.part();
    return ids.map((id) => terms[id]);
  };

  it.each([
    "Putin's talks in 2025 with the U.S. on Sanctions",
    "O’Brien rock'n'roll 3d 1867 don't we'll ’tis",
    "Zürich, São Paulo and Łódź: naïve façades — 東京 and 𝒳𝒴 (astral letters) ٣٤٥",
    "trailing apostrophe' and 'leading and a'1 and x'y'z",
    "台风“海葵”登陆福建，東京では猛暑。ภาษาไทย हिन्दी Cafe\u0301 𠀋𠀌 x'東京 東京's",
  ])("finds the same terms as tokenize(%j)", (text) => {
    expect(termsOf(text)).toEqual(tokenize(text).map((t) => t.term));
  });

  it("keeps every written form through the growth of its table", () => {
    const text = Array.from({ length: 120_000 }, (_, i) => `q${i.toString(36)}z`).join(" ");
    const vocabulary = new Vocabulary();
    const first: number[] = [];
    const again: number[] = [];
    vocabulary.forEachTerm(text, (id) => first.push(id));
    vocabulary.forEachTerm(text, (id) => again.push(id));
    expect(first).toEqual(Array.from({ length: 120_000 }, (_, i) => i));
    expect(again).toEqual(first);
    expect(vocabulary.part().surfaceCount.every((count) => count === 2)).toBe(true);
  });

  it("splits a run of unspaced letters longer than LONGEST_SEGMENTED between characters, as tokenize does, in time linear in its length", () => {
    const markAtCut = `${"ก".repeat(LONGEST_SEGMENTED)}\u0e34\u0e34${"ข".repeat(1500)}`;
    const pairAtCut = `${"龙".repeat(LONGEST_SEGMENTED - 1)}𠀋${"虎".repeat(1500)}`;
    for (const text of [markAtCut, pairAtCut]) {
      const terms = termsOf(text);
      expect(terms.length).toBeGreaterThan(0);
      expect(terms).toEqual(tokenize(text).map((t) => t.term));
      expect(terms.some((term) => /^[\p{M}\udc00-\udfff]/u.test(term ?? ""))).toBe(false);
    }
    expect(termsOf(pairAtCut)).toContain("𠀋");
    // The word-break rules alone take minutes on a run this long (their time grows with its square).
    const started = performance.now();
    termsOf("台风海葵登陆福建沿海气象部门发布红色预警".repeat(20_000));
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it("agrees with tokenize on any text (property)", () => {
    const piece = fc.constantFrom("a", "Z", "é", "’", "'", "s", " ", "9", "-", "𝒳", "\ud800", "ß", "Ⅻ", ".", "the", "\u0301", "東", "京", "の", "ー", "ภา", "\u0e34", "𠀋", "ｉ", "हि");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join("");
        expect(termsOf(text)).toEqual(tokenize(text).map((t) => t.term));
      }),
      { numRuns: 300 },
    );
  });
});

/** Every term as the model shows it, by term id. */
const spelled = (model: TextModel) => Array.from({ length: model.terms }, (_, t) => model.spelling.of(t));

describe("buildTextModel", () => {
  const docs = [
    { title: "Sanctions on steel", body: "New sanctions. Sanctions again, and the sanction list grows. Putin's answer." },
    { title: "Putin answers", dek: "Steel sanctions", body: "Putin said the sanctions would fail; Sanctions rarely work, he said." },
    { title: "Steel prices", body: "Prices of steel rose after the sanctions on steel." },
  ];

  it("shows each term as it is usually written: most often, then lower case", () => {
    const spellings = spelled(buildTextModel(docs));
    const shown = (term: string) => spellings.find((s) => s.toLowerCase().startsWith(term));
    expect(shown("sanction")).toBe("sanctions");
    expect(shown("putin")).toBe("Putin");
    expect(shown("steel")).toBe("steel");
  });

  // Vector jobs the main thread gave up on: a slow worker may still write into their arrays.
  const givenUp: VectorJob[] = [];
  /** A share done in this thread, as the worker would: tokenized, then vectors written into the job's arrays; or failing at either step. */
  const shareFrom = (from: number, fails?: "tokenizing" | "vectors"): TextShare => {
    let counts: TokenizedPart | undefined;
    return {
      from,
      start: (rest) => () => (fails === "tokenizing" ? undefined : (counts = tokenizeTexts(rest, RELATED_LIMITS.bodyCharacters))),
      vectors: (job) => () => {
        if (fails === "vectors") {
          givenUp.push(job);
          return false;
        }
        writeVectors(counts!, job);
        return true;
      },
    };
  };
  /** What a worker that finishes after the main thread stopped waiting writes: into the job's arrays, after the model is built. */
  const writeLate = () => {
    for (const { docStart, docTerm, docWeight } of givenUp.splice(0)) {
      docStart.fill(-7);
      docTerm.fill(-7);
      docWeight.fill(-7);
    }
  };
  const plain = ({ docStart, docTerm, docWeight, postingStart, postingDoc, postingWeight, terms }: TextModel) =>
    [docStart, docTerm, docWeight, postingStart, postingDoc, postingWeight].map((array) => [...array]).concat([[terms]]);

  it("is the same model when another thread does part of the archive, or fails at any step", () => {
    const alone = buildTextModel(docs);
    for (const fails of [undefined, "tokenizing", "vectors"] as const) {
      for (const from of [0, 1, 2]) {
        const shared = buildTextModel(docs, RELATED_LIMITS, shareFrom(from, fails));
        writeLate();
        expect(plain(shared)).toEqual(plain(alone));
        expect(spelled(shared)).toEqual(spelled(alone));
      }
    }
  });
});

describe("tokenizeTexts", () => {
  it("counts for each term the articles that have it, once per article, past any number of terms", () => {
    const many = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}x`).join(" ");
    const part = tokenizeTexts(
      [
        { title: "Harbour harbour", body: "quay" },
        { title: "Quay", body: "harbour harbours" },
        { title: "Bridge", body: many },
      ],
      100_000,
    );
    const df = (term: string) => part.documentFrequency[part.vocabulary.terms.indexOf(term)];
    expect([df("harbour"), df("quay"), df("bridge"), df("w2bx")]).toEqual([2, 2, 1, 1]);
    const counted = new Array<number>(part.vocabulary.terms.length).fill(0);
    for (const term of part.rawTerm) counted[term]!++;
    expect(Array.from(part.documentFrequency)).toEqual(counted);
  });
});

describe("relatedReading by text alone", () => {
  const story = "glacier meltwater fjord calving iceberg sediment";
  const docs = [
    doc("melt-1", 10, "Glacier calving speeds up", `${story} ${filler("a", 40)}`),
    doc("melt-2", 12, "Fjord sediment after the calving", `${story} ${filler("b", 40)}`),
    doc("budget", 11, "City budget vote", filler("c", 46)),
  ];

  it("an article without tags still gets text-similar reading, with the shared words as the reason", () => {
    const [item, ...rest] = relatedReading(docs).get("melt-1")!;
    expect(item?.slug).toBe("melt-2");
    expect(item?.sharedTags).toEqual([]);
    expect(item?.sharedTerms.length).toBeGreaterThan(0);
    expect(story.split(" ")).toEqual(expect.arrayContaining(item!.sharedTerms));
    expect(rest.map((i) => i.slug)).not.toContain("budget");
  });

  it("articles in a script written without spaces (Chinese, Japanese) are related by their words", () => {
    const written = [
      doc("typhoon-landfall", 1, "台风海葵登陆福建沿海", "强台风海葵今天下午在福建省沿海登陆，气象部门发布红色预警，沿海地区停课停工。"),
      doc("typhoon-recovery", 2, "台风海葵过境后福建开始灾后重建", "台风海葵登陆后，福建省多地出现严重内涝，救援队伍连夜转移群众。"),
      doc("reserve-ratio", 3, "央行宣布下调存款准备金率", "中国人民银行宣布下调金融机构存款准备金率，以支持实体经济发展。"),
      doc("tokyo-heat", 4, "東京で記録的な猛暑、熱中症に警戒", "東京都心では今日、最高気温が三十九度を超え、気象庁は熱中症への警戒を呼びかけた。"),
      doc("tokyo-heat-2", 5, "猛暑続く東京、熱中症で搬送相次ぐ", "記録的な猛暑が続く東京では、熱中症の疑いで救急搬送される人が相次いでいる。"),
    ];
    const lists = relatedReading(written);
    expect(lists.get("typhoon-landfall")!.map((i) => i.slug)).toEqual(["typhoon-recovery"]);
    expect(lists.get("typhoon-landfall")![0]!.sharedTerms).toEqual(expect.arrayContaining(["台风", "海葵"]));
    expect(lists.get("tokyo-heat-2")!.map((i) => i.slug)).toEqual(["tokyo-heat"]);
    expect(lists.get("reserve-ratio")).toEqual([]);
  });

  it("words past the part of the body that is read do not count", () => {
    const late = [doc("x", 10, "Alpha", `${filler("x", 400)} ${story}`), doc("y", 11, "Beta", `${filler("y", 400)} ${story}`), doc("z", 12, "Gamma", filler("z", 20))];
    const short = { ...RELATED_LIMITS, bodyCharacters: 200 };
    const sorted = [...late];
    expect(textCosine(buildTextModel(sorted, RELATED_LIMITS), 0, 1)).toBeGreaterThan(0.1);
    expect(textCosine(buildTextModel(sorted, short), 0, 1)).toBe(0);
    expect(relatedReading(late, RELATED_DEFAULTS, RELATED_LIMITS).get("x")!.map((i) => i.slug)).toEqual(["y"]);
    expect(relatedReading(late, RELATED_DEFAULTS, short).get("x")).toEqual([]);
  });
});

describe("relatedReading near-duplicates", () => {
  const text = `${filler("shared", 60)} reservoir drought rationing`;
  const docs = [
    doc("drought", 10, "Reservoirs run low", `${text} ${filler("d", 30)}`, { tags: ["water"] }),
    // The same wire story twice, a word apart: only the better one is listed.
    doc("wire-copy-1", 11, "Drought rationing begins", `${text} ${filler("w", 30)}`, { tags: ["water"] }),
    doc("wire-copy-2", 12, "Drought rationing begins", `${text} ${filler("w", 30)} today`, { tags: ["water"] }),
    doc("follow-up", 13, "Rationing eased after rain", `${filler("shared", 20)} reservoir rationing ${filler("f", 60)}`, { tags: ["water"] }),
  ];

  it("two items more alike than duplicateSimilarity are listed once", () => {
    const listed = relatedReading(docs).get("drought")!.map((i) => i.slug);
    expect(listed.filter((s) => s.startsWith("wire-copy"))).toHaveLength(1);
    expect(listed).toContain("follow-up");
  });

  it("duplicateSimilarity 1 lists both copies", () => {
    const listed = relatedReading(docs, { ...RELATED_DEFAULTS, duplicateSimilarity: 1.01 }).get("drought")!.map((i) => i.slug);
    expect(listed.filter((s) => s.startsWith("wire-copy"))).toHaveLength(2);
  });
});
