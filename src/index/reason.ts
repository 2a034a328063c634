// The reason shown beside a related item, from the signals that actually scored.
import type { LinkView, RelatedItem } from "../model.ts";

export function reasonFor(item: RelatedItem, tagLink: (slug: string) => LinkView): string {
  const topics = item.sharedTags.slice(0, 3).map((slug) => tagLink(slug).name);
  if (item.pick) return topics.length ? `Editor's pick · also about ${joinNames(topics)}` : "Editor's pick";
  return topics.length ? `Also about ${joinNames(topics)}` : "From the same coverage";
}

/** "A", "A and B", "A, B and C" (AP style: no serial comma). */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
