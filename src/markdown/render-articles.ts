// Renders every article body to HTML with the shared markdown-it instance.
import type { Article, RenderedArticle } from "../model.ts";
import { createMarkdownRenderer } from "./markdown-renderer.ts";

export function renderArticles(articles: Article[]): RenderedArticle[] {
  const md = createMarkdownRenderer();
  return articles.map((article) => ({
    ...article,
    html: md.render(article.body),
    wordCount: countWords(article.body),
  }));
}

function countWords(markdown: string): number {
  return markdown.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
