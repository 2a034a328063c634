// Body headings start at h2: the headline is the page's only h1.
import type MarkdownIt from "markdown-it";

export function demoteHeadings(md: MarkdownIt): void {
  md.core.ruler.push("demote_headings", (state) => {
    const headings = state.tokens.filter((t) => t.type === "heading_open" || t.type === "heading_close");
    if (!headings.some((t) => t.tag === "h1")) return;
    for (const token of headings) token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + 1)}`;
  });
}
