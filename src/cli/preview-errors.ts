// What the dev preview shows while the content has errors: a banner over the last good build, or a page of its own.
import type { PreviewError } from "../model.ts";
import type { Problem } from "../problems.ts";

export function previewErrors(problems: readonly Problem[]): PreviewError[] {
  return problems
    .filter((p) => p.severity === "error")
    .map((p) => ({
      where: `${p.file}${p.line ? `:${p.line}` : ""}`,
      field: p.field,
      message: [`expected ${p.expected}`, p.received !== undefined ? `received ${p.received}` : "", p.hint ? `hint: ${p.hint}` : ""].filter(Boolean).join("; "),
    }));
}

/** Shown when there has been no good build yet, so there is no site to put the banner on. */
export function previewErrorPage(errors: readonly PreviewError[]): string {
  const items = errors
    .map((e) => `<li><code>${escape(e.where)}</code>${e.field ? ` <strong>${escape(e.field)}</strong>` : ""}<br>${escape(e.message)}</li>`)
    .join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Content errors | Dateline preview</title>
<link rel="stylesheet" href="/styles.css">
</head>
<body>
<main id="main">
<aside class="preview-errors" role="alert" aria-labelledby="preview-errors-heading">
<h1 id="preview-errors-heading">${errors.length} content ${errors.length === 1 ? "error" : "errors"}: the site cannot be previewed yet</h1>
<ul>
${items}
</ul>
<p>Fix the file and save: the page reloads by itself.</p>
</aside>
</main>
</body>
</html>
`;
}

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
