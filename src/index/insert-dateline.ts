// Puts the AP dateline at the start of the first paragraph, where print readers expect it.

export function insertDateline(html: string, dateline: string): string {
  const escaped = dateline.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const span = `<span class="dateline">${escaped}</span> `;
  const at = html.indexOf("<p>");
  // Only when the body opens with a paragraph; a body opening with a heading or list gets it before.
  if (at === 0) return `<p>${span}${html.slice(3)}`;
  return `<p class="dateline-only">${span.trim()}</p>\n${html}`;
}
