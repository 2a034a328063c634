// The one markdown-it instance for article bodies: no raw HTML, only safe link schemes.
import MarkdownIt from "markdown-it";
import { demoteHeadings } from "./demote-headings.ts";
import { isSafeUrl } from "./safe-url.ts";

export function createMarkdownRenderer(): MarkdownIt {
  // html: false escapes any HTML written in an article; it is shown as text, never passed through.
  const md = new MarkdownIt({ html: false, linkify: true, typographer: true });
  md.validateLink = isSafeUrl;
  md.use(demoteHeadings);
  const defaultImage = md.renderer.rules.image!;
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    tokens[idx]!.attrSet("loading", "lazy");
    tokens[idx]!.attrSet("decoding", "async");
    return defaultImage(tokens, idx, options, env, self);
  };
  return md;
}
