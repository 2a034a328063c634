// Ranking quality: precision and normalised discounted cumulative gain at a cut-off.

/** Graded relevance of candidate slugs for one article; missing means 0. */
export type Judgement = ReadonlyMap<string, number>;

export function precisionAt(k: number, ranked: readonly string[], judged: Judgement): number {
  let hits = 0;
  for (const slug of ranked.slice(0, k)) if ((judged.get(slug) ?? 0) > 0) hits++;
  return hits / k;
}

export function ndcgAt(k: number, ranked: readonly string[], judged: Judgement): number {
  const gain = (relevance: number) => 2 ** relevance - 1;
  let dcg = 0;
  ranked.slice(0, k).forEach((slug, i) => {
    dcg += gain(judged.get(slug) ?? 0) / Math.log2(i + 2);
  });
  const ideal = [...judged.values()].filter((r) => r > 0).sort((a, b) => b - a).slice(0, k);
  const idcg = ideal.reduce((sum, r, i) => sum + gain(r) / Math.log2(i + 2), 0);
  return idcg === 0 ? 0 : dcg / idcg;
}

export interface Scores {
  precision: number;
  ndcg: number;
  articles: number;
}

/** Mean P@k and nDCG@k over every article that has at least one relevant other article. */
export function evaluate(k: number, lists: ReadonlyMap<string, readonly string[]>, judgements: ReadonlyMap<string, Judgement>): Scores {
  let precision = 0;
  let ndcg = 0;
  let articles = 0;
  for (const [slug, judged] of judgements) {
    if (![...judged.values()].some((r) => r > 0)) continue;
    const ranked = lists.get(slug) ?? [];
    precision += precisionAt(k, ranked, judged);
    ndcg += ndcgAt(k, ranked, judged);
    articles++;
  }
  return { precision: precision / articles, ndcg: ndcg / articles, articles };
}
