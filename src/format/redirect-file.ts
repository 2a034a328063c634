// Where the redirect page for an old URL is written: `/old/` and `/old` → `/old/index.html`, `/old.html` as it is.

/** Undefined for a path with another extension (`/story.php`): only `_redirects` can move that one. */
export function redirectFile(alias: string): string | undefined {
  if (alias.endsWith("/")) return `${alias}index.html`;
  const last = alias.slice(alias.lastIndexOf("/") + 1);
  if (/\.html?$/i.test(last)) return alias;
  if (last.includes(".")) return undefined;
  return `${alias}/index.html`;
}
