// Related-reading settings: the weight of each signal, with the defaults documented in the README.

export interface RelatedWeights {
  /** Shared tags, each weighted by rarity (a noisy OR of each shared tag's scaled IDF, 0–1). */
  tags: number;
  /** Similarity of title, dek and body (cosine of TF-IDF vectors, 0–1). */
  text: number;
  /** Same section: a weak signal. */
  section: number;
  /** At least one author in common: a weak signal. */
  author: number;
  /** Closeness in time: `recency × 2^(-days apart / halfLifeDays)`. */
  recency: number;
  /** An older explainer is good background for any story it relates to. */
  explainer: number;
}

export interface RelatedOptions {
  weights: RelatedWeights;
  /** Days after which the recency signal has halved. */
  halfLifeDays: number;
  /** Items per article (editor's picks come on top of these). */
  limit: number;
  /** Below this score a candidate is not related, however few there are. */
  minScore: number;
  /** Articles with fewer related items than this are topped up from their section, nearest in time first. */
  fallback: number;
  /** Two items more similar than this (text cosine) are near-duplicates; only the better one is listed. */
  duplicateSimilarity: number;
  /** Maximal marginal relevance: 1 ranks by score alone, lower values favour variety. */
  diversity: number;
}

export const RELATED_DEFAULTS = {
  weights: { tags: 1, text: 1.5, section: 0.1, author: 0.1, recency: 0.2, explainer: 0.15 },
  halfLifeDays: 30,
  limit: 20,
  minScore: 0.15,
  fallback: 3,
  duplicateSimilarity: 0.95,
  diversity: 0.8,
} satisfies RelatedOptions;

/** Limits that keep the work per article bounded, so the whole grows linearly with the archive. */
export interface RelatedLimits {
  /** Characters of the body read for text similarity (after the title and dek): the top of the story, where news says what it is about. */
  bodyCharacters: number;
  /** Terms kept per article: its most telling ones by TF-IDF. */
  termsPerArticle: number;
  /** A term in more than this share of articles says nothing about relatedness. */
  maxTermShare: number;
  /** …but a term in up to this many articles is always kept. */
  minTermCap: number;
  /**
   * Articles either side in time taken as candidates from each shared term whose posting list is
   * longer than that: a common word links a story to the coverage around it, not to every article
   * that ever used it.
   */
  termWindow: number;
  /** Articles either side in time taken as candidates from each shared tag. */
  tagWindow: number;
}

export const RELATED_LIMITS: Readonly<RelatedLimits> = {
  bodyCharacters: 3000,
  termsPerArticle: 32,
  maxTermShare: 0.1,
  minTermCap: 10,
  termWindow: 50,
  tagWindow: 50,
};
