// The reason shown beside a related item, from the signals that actually scored.
import type { RelatedItem } from "../model.ts";

export interface ReasonNames {
  tag(slug: string): string;
  author(id: string): string;
  section(id: string): string;
}

export function reasonFor(item: RelatedItem, section: string | undefined, names: ReasonNames): string {
  const topics = item.sharedTags.slice(0, 2).map((slug) => names.tag(slug));
  let because: string;
  if (topics.length > 0) because = `Also about ${joinNames(topics)}`;
  else if (item.sharedTerms.length > 0) because = `Also mentions ${joinNames(item.sharedTerms)}`;
  else if (item.fallback && section !== undefined) because = `More from ${names.section(section)}`;
  else if (item.sharedAuthors.length > 0 && item.fallback) because = `More by ${joinNames(item.sharedAuthors.map(names.author))}`;
  // In the list without shared tags or telling words: the texts are alike as a whole.
  else because = "Similar reporting";
  if (item.pick) return topics.length > 0 ? `Editor's pick · ${lowerFirst(because)}` : "Editor's pick";
  return item.explainer ? `Background explainer · ${lowerFirst(because)}` : because;
}

/** "A", "A and B", "A, B and C" (AP style: no serial comma). */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
