// Headlines and deks that will not fit: search results cut headlines near 110 characters, and a dek is a sentence or two.
import type { Article, RawArticle } from "../model.ts";
import { problem, type Problem } from "../problems.ts";

export const HEADLINE_LIMIT = 110;
export const DEK_LIMIT = 300;

export function checkLengths(articles: readonly Article[], raws: Map<string, RawArticle>): Problem[] {
  const problems: Problem[] = [];
  for (const a of articles) {
    const lineOf = (field: string) => raws.get(a.file)?.frontmatter.lineOf([field]) ?? 1;
    // Characters as readers count them, not UTF-16 units: "Київ" is four.
    const headline = [...a.title].length;
    if (headline > HEADLINE_LIMIT) {
      problems.push(
        problem({
          kind: "headline-too-long",
          file: a.file,
          line: lineOf("title"),
          field: "title",
          expected: `a headline of at most ${HEADLINE_LIMIT} characters`,
          received: `${headline} characters`,
          hint: "search results and social cards cut longer headlines; move detail to the dek",
        }),
      );
    }
    const dek = a.dek === undefined ? 0 : [...a.dek].length;
    if (dek > DEK_LIMIT) {
      problems.push(
        problem({
          kind: "dek-too-long",
          file: a.file,
          line: lineOf("dek"),
          field: "dek",
          expected: `a dek of at most ${DEK_LIMIT} characters`,
          received: `${dek} characters`,
          hint: "the dek is also the page description, which search engines cut at about 160",
        }),
      );
    }
  }
  return problems;
}
