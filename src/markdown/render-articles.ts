// Renders every article body to HTML with the shared markdown-it instance.
import { createHash } from "node:crypto";
import type { Article, RenderedArticle, Rendition } from "../model.ts";
import { createMarkdownRenderer, type RenderEnv } from "./markdown-renderer.ts";

/** `renditions`: how each local image is shown, by content path (`images/x.png`). */
export type RenderedBody = Pick<RenderedArticle, "html" | "wordCount" | "liveUpdates">;

/** Rendered bodies by a key of their Markdown and image renditions (the build cache's memo). */
export interface BodyMemo {
  get(key: string, compute: () => RenderedBody): RenderedBody;
}

export function renderArticles(articles: Article[], renditions: ReadonlyMap<string, Rendition> = new Map(), memo?: BodyMemo): RenderedArticle[] {
  const md = createMarkdownRenderer();
  const env: RenderEnv = { renditions };
  const renditionsKey = renditions.size === 0 ? "" : hash(JSON.stringify([...renditions].sort(([a], [b]) => (a < b ? -1 : 1))));
  const render = (article: Article): RenderedBody => ({
    // A live page shows its summary as the body and each update in its own block.
    html: md.render(article.live ? article.live.intro : article.body, env),
    wordCount: countWords(article.body),
    liveUpdates: article.live?.updates.map((u) => ({
      at: u.at,
      headline: u.headline,
      headlineHtml: md.renderInline(u.headline, env),
      html: md.render(u.markdown, env),
    })),
  });
  return articles.map((article) => {
    const key = memo && hash(`${renditionsKey}\0${JSON.stringify(article.live ?? null)}\0${article.body}`);
    return { ...article, ...(memo ? memo.get(key!, () => render(article)) : render(article)) };
  });
}

function hash(text: string): string {
  return createHash("sha256").update(text).digest("base64url");
}

function countWords(markdown: string): number {
  return markdown.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
