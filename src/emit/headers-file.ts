// `_headers` (the format Netlify and Cloudflare Pages read): files whose name changes with their bytes
// are cached for a year; everything else, HTML first of all, is revalidated on every visit.
//
// Both hosts apply every rule whose path matches a request, and Cloudflare joins the values of a
// header set twice, so the rules never overlap: a folder gets one `/folder/*` rule when all of its
// files are cached alike, and otherwise its files are listed one by one.

export const IMMUTABLE = "public, max-age=31536000, immutable";
export const REVALIDATE = "public, max-age=0, must-revalidate";

/**
 * Files named after a hash of their bytes: image renditions (`img/x-<digest>-800.webp`), Pagefind's
 * index chunks, and the hashed stylesheets and scripts listed in `hashedAssets` (`styles.<hash>.css`).
 */
export function isImmutable(file: string, hashedAssets: ReadonlySet<string>): boolean {
  return (
    hashedAssets.has(file) ||
    file.startsWith("img/") ||
    /^pagefind\/(fragment|index|filter)\//.test(file) ||
    /^pagefind\/pagefind\.[^/]+\.pf_meta$/.test(file)
  );
}

/** Files the host reads or keeps to itself, never served as pages of the site. */
export function isServed(file: string): boolean {
  return file !== "_headers" && file !== "_redirects" && !file.startsWith(".dateline/");
}

interface Folder {
  files: string[];
  folders: Map<string, Folder>;
}

/**
 * The `_headers` text for the output files (paths relative to the site, `articles/x/index.html`),
 * under the path prefix the site is served from (`/` or `/news/`).
 */
export function headersFile(files: readonly string[], immutable: (file: string) => boolean, prefix = "/"): string {
  const root: Folder = { files: [], folders: new Map() };
  for (const file of [...files].filter(isServed).sort()) {
    const parts = file.split("/");
    let folder = root;
    for (const part of parts.slice(0, -1)) {
      if (!folder.folders.has(part)) folder.folders.set(part, { files: [], folders: new Map() });
      folder = folder.folders.get(part)!;
    }
    folder.files.push(file);
  }
  const rules: { path: string; value: string }[] = [];
  const valueOf = (file: string) => (immutable(file) ? IMMUTABLE : REVALIDATE);
  const walk = (folder: Folder, at: string) => {
    for (const file of folder.files) {
      // A folder's index page is asked for as the folder itself: `/news/` as well as `/news/index.html`.
      if (file.endsWith("index.html") && (file === "index.html" || file.endsWith("/index.html"))) rules.push({ path: `${prefix}${at}`, value: valueOf(file) });
      rules.push({ path: `${prefix}${file}`, value: valueOf(file) });
    }
    for (const [name, child] of folder.folders) {
      const values = new Set(everyFile(child).map(valueOf));
      if (values.size === 1) rules.push({ path: `${prefix}${at}${name}/*`, value: [...values][0]! });
      else walk(child, `${at}${name}/`);
    }
  };
  walk(root, "");
  const blocks = rules.map((rule) => `${rule.path}\n  Cache-Control: ${rule.value}\n`);
  return `# Written by Dateline: hashed file names are cached for a year, everything else is revalidated.\n${blocks.join("")}`;
}

function everyFile(folder: Folder): string[] {
  return [...folder.files, ...[...folder.folders.values()].flatMap(everyFile)];
}
