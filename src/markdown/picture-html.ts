// The <picture> markup of an image inside an article body; templates/_includes/picture.njk writes
// the same markup for lead and teaser images.
import type { Rendition } from "../model.ts";

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function pictureHtml(rendition: Rendition, alt: string, title?: string): string {
  const sizes = rendition.sizes ? ` sizes="${escape(rendition.sizes)}"` : "";
  const sources = rendition.sources.map((s) => `<source type="${s.type}" srcset="${escape(s.srcset)}"${sizes}>`).join("");
  const srcset = rendition.srcset ? ` srcset="${escape(rendition.srcset)}"${sizes}` : "";
  const titleAttr = title ? ` title="${escape(title)}"` : "";
  const img =
    `<img src="${escape(rendition.url)}"${srcset} alt="${escape(alt)}"${titleAttr}` +
    ` width="${rendition.width}" height="${rendition.height}" loading="lazy" decoding="async">`;
  return sources ? `<picture>${sources}${img}</picture>` : img;
}
