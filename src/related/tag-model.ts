// Tags weighted by rarity (IDF), with postings in time order for candidate windows.
import { flatten } from "./csr.ts";

export interface TagModel {
  names: string[];
  /** Article d's tag ids, ascending, are entries tagStart[d] … tagStart[d+1]-1 of tagIds. */
  tagStart: Int32Array;
  tagIds: Int32Array;
  /** Tag t's articles, ascending (articles are indexed oldest first): postingStart[t] … postingStart[t+1]-1 of postingDoc. */
  postingStart: Int32Array;
  postingDoc: Int32Array;
  idf: Float64Array;
  /** Per tag: idf scaled to 0–1, where 1 is a tag on just two articles. */
  informativeness: Float64Array;
  /** The tags a and b share, rarest first; `places`, when the ranking found it, says which of a's tags b carries (see sharedByPlaces). */
  sharedByRarity(a: number, b: number, places?: number): string[];
  /** The same, from which of a's tags b carries: bit k for a's k-th tag (a has at most SHARED_TAG_BITS). */
  sharedByPlaces(a: number, places: number): string[];
}

export function buildTagModel(docs: readonly { tags: readonly string[] }[]): TagModel {
  const ids = new Map<string, number>();
  const names: string[] = [];
  const lists: number[][] = [];
  const perDoc = docs.map((doc, d) => {
    const own = new Set<number>();
    for (const tag of doc.tags) {
      let id = ids.get(tag);
      if (id === undefined) {
        id = names.length;
        ids.set(tag, id);
        names.push(tag);
        lists.push([]);
      }
      if (!own.has(id)) {
        own.add(id);
        lists[id]!.push(d);
      }
    }
    return Int32Array.from(own).sort();
  });
  const n = docs.length;
  // Smoothed so that even a tag on every article keeps a little weight in a small archive.
  const idf = Float64Array.from(lists, (list) => Math.log(1 + n / list.length));
  const rarest = Math.log(1 + n / 2);
  const informativeness = Float64Array.from(idf, (value) => Math.min(1, value / rarest));
  const byDoc = flatten(perDoc);
  const postings = flatten(lists);
  // Each tag's place among all tags rarest first (ties by name), to sort shared tags by a number.
  const rarityPlace = new Int32Array(names.length);
  names
    .map((_, t) => t)
    .sort((x, y) => idf[y]! - idf[x]! || (names[x]! < names[y]! ? -1 : 1))
    .forEach((t, place) => (rarityPlace[t] = place));
  const model: TagModel = {
    names,
    tagStart: byDoc.start,
    tagIds: byDoc.values,
    postingStart: postings.start,
    postingDoc: postings.values,
    idf,
    informativeness,
    sharedByRarity(a, b, places) {
      const fromA = byDoc.start[a]!;
      const endA = byDoc.start[a + 1]!;
      // Which of a's tags b carries, one bit each: the items of one article share a few such sets,
      // and each set's list is made once, frozen, and shared by them.
      if (endA - fromA > SHARED_TAG_BITS) return sortByRarity(shared(model, a, b));
      if (places !== undefined) return model.sharedByPlaces(a, places);
      let mask = 0;
      forEachSharedTag(model, a, b, (_, place) => (mask |= 1 << place));
      return model.sharedByPlaces(a, mask);
    },
    sharedByPlaces(a, mask) {
      if (mask === 0) return NO_NAMES;
      if (namesFor !== a) {
        namesFor = a;
        namesBySet.clear();
      }
      let list = namesBySet.get(mask);
      if (list === undefined) {
        const both: number[] = [];
        const fromA = byDoc.start[a]!;
        for (let i = fromA; i < byDoc.start[a + 1]!; i++) if ((mask & (1 << (i - fromA))) !== 0) both.push(byDoc.values[i]!);
        namesBySet.set(mask, (list = Object.freeze(sortByRarity(both)) as string[]));
      }
      return list;
    },
  };
  let namesFor = -1;
  const namesBySet = new Map<number, string[]>();
  const sortByRarity = (both: number[]) => {
    if (both.length === 0) return NO_NAMES;
    if (both.length > 1) both.sort((x, y) => rarityPlace[x]! - rarityPlace[y]!);
    return both.map((t) => names[t]!);
  };
  return model;
}

/** Tags of an article that sets of shared tags can name by place, one bit each. */
export const SHARED_TAG_BITS = 31;

/** An empty list of names, frozen and shared: most related items have no author and some no tag or word in common, and a large archive has millions of items. */
export const NO_NAMES = Object.freeze([]) as unknown as string[];

/** Article d's tag ids, ascending. */
export function tagsOf(model: TagModel, d: number): Int32Array {
  return model.tagIds.subarray(model.tagStart[d]!, model.tagStart[d + 1]!);
}

/** Calls `visit` with each tag a and b share, ascending, and its place among a's tags. */
function forEachSharedTag(model: Pick<TagModel, "tagStart" | "tagIds">, a: number, b: number, visit: (tag: number, place: number) => void): void {
  const { tagStart, tagIds } = model;
  const fromA = tagStart[a]!;
  const endA = tagStart[a + 1]!;
  const endB = tagStart[b + 1]!;
  for (let i = fromA, j = tagStart[b]!; i < endA && j < endB; ) {
    const ta = tagIds[i]!;
    const tb = tagIds[j]!;
    if (ta === tb) {
      visit(ta, i - fromA);
      i++;
      j++;
    } else if (ta < tb) i++;
    else j++;
  }
}

function shared(model: TagModel, a: number, b: number): number[] {
  const out: number[] = [];
  forEachSharedTag(model, a, b, (tag) => out.push(tag));
  return out;
}

export const TAG_STRENGTH = 0.9;

/** `1 - TAG_STRENGTH × informativeness` per tag: the chance, by that tag alone, that two stories are unrelated. */
export function unrelatedFactors(model: TagModel): Float64Array {
  return Float64Array.from(model.informativeness, (x) => 1 - TAG_STRENGTH * x);
}

/**
 * Evidence from shared tags, 0–1, combined as a noisy OR: each shared tag independently suggests
 * the stories are related, as strongly as it is rare. A tag on two articles gives 0.9, two such
 * tags 0.99; a tag on most of the archive gives little, however many other tags the stories have.
 */
export function tagScore(model: TagModel, a: number, b: number): number {
  let unrelated = 1;
  forEachSharedTag(model, a, b, (tag) => (unrelated *= 1 - TAG_STRENGTH * model.informativeness[tag]!));
  return 1 - unrelated;
}
