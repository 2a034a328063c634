// Finds what would make an SVG file run code when opened on its own. Images in content/images/ are
// published as they are: an SVG with a script, served from the site, runs with the site's rights
// when someone opens its address (inside an <img> it could not).

/**
 * Script elements, event handlers, embedded documents, and script URLs (also set by an animation's
 * `values`, `from` or `to`). `data:` URLs stay allowed: exported drawings embed bitmaps that way.
 */
const ACTIVE = /<script\b|<foreignObject\b|<iframe\b|<embed\b|<object\b|<handler\b|<listener\b|\son[a-z]+\s*=|(?:href|src|from|to|values)\s*=\s*["']?\s*(?:javascript|vbscript):/i;

export interface ActiveContent {
  line: number;
  /** The text found, e.g. `<script` or ` onload=`. */
  found: string;
}

export function activeSvgContent(svg: string): ActiveContent | undefined {
  const match = ACTIVE.exec(svg);
  if (!match) return undefined;
  return { line: svg.slice(0, match.index).split("\n").length, found: match[0].trim() };
}
