// The one markdown-it instance for article bodies: no raw HTML, only safe link schemes.
import MarkdownIt from "markdown-it";
import { demoteHeadings } from "./demote-headings.ts";
import { isSafeUrl } from "./safe-url.ts";
import { localImagePath } from "./image-path.ts";
import { pictureHtml } from "./picture-html.ts";
import type { Rendition } from "../model.ts";

/** What `md.render(body, env)` may pass: the renditions of the local images, by content path. */
export interface RenderEnv {
  renditions?: ReadonlyMap<string, Rendition>;
}

export function createMarkdownRenderer(): MarkdownIt {
  // html: false escapes any HTML written in an article; it is shown as text, never passed through.
  const md = new MarkdownIt({ html: false, linkify: true, typographer: true });
  md.validateLink = isSafeUrl;
  md.use(demoteHeadings);
  const defaultImage = md.renderer.rules.image!;
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    // Images under content/images/ are shown through their planned renditions (src/index/image-rendition.ts).
    const local = localImagePath(token.attrGet("src") ?? "");
    const rendition = local === undefined ? undefined : (env as RenderEnv | undefined)?.renditions?.get(local);
    if (rendition) return pictureHtml(rendition, self.renderInlineAsText(token.children ?? [], options, env), token.attrGet("title") ?? undefined);
    if (local !== undefined) token.attrSet("src", `/${local}`);
    token.attrSet("loading", "lazy");
    token.attrSet("decoding", "async");
    return defaultImage(tokens, idx, options, env, self);
  };
  return md;
}
