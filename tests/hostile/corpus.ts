// The hostile and malformed articles the suite builds, each with what Dateline must do with it:
// render it safely, or refuse it with these problems. Built in code because several need exact bytes.

/** Every classic way of getting markup or script into a page, in one string. */
export const PAYLOAD =
  `<script>alert("pwned")</script><img src=x onerror=alert(1)><svg onload=alert(1)>` +
  `<iframe src="javascript:alert(1)"></iframe> " onmouseover="alert(1)" ' onfocus='alert(1)' ` +
  `</title></textarea></script><!-- ]]> {{ site.config.title }} {% raw %} {# c #} javascript:alert(1) & \u2028`;

/** A URL that is http(s), but tries to close the attribute or the JSON-LD it is written into. */
export const QUOTED_URL = `https://example.org/a?q="><script>alert(1)</script>'`;

export interface ExpectedProblem {
  file: string;
  line?: number;
  field?: string;
  kind: string;
}

export interface HostileCase {
  name: string;
  /** Files to add, by path relative to the site folder (`content/articles/x.md`). */
  files: Record<string, string | Uint8Array>;
  /** Also replace content/site.yaml with this. */
  siteYaml?: string;
  /** `safe`: builds and every page passes the safety checks. Otherwise exactly these errors. */
  expect: "safe" | ExpectedProblem[];
}

/** A YAML double-quoted string: JSON's escapes, with everything beyond ASCII escaped too. */
export function q(text: string): string {
  return JSON.stringify(text).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

const DATE = "2025-03-12T10:00:00-03:00";

/** An article file: the given frontmatter lines after a valid title and date, then the body. */
export function articleText(lines: string[], body = "A plain paragraph.", head = [`title: Ordinary headline`, `date: ${DATE}`]): string {
  return ["---", ...head, ...lines, "---", body, ""].join("\n");
}

const at = (name: string) => `content/articles/${name}.md`;

/** `proof` names a file that a payload would write if Dateline ever ran frontmatter as code. */
export function hostileCorpus(proof: string): HostileCase[] {
  const write = `require("fs").writeFileSync(${JSON.stringify(proof)}, "ran")`;
  const rejected = (name: string, content: string | Uint8Array, ...problems: Omit<ExpectedProblem, "file">[]): HostileCase => ({
    name,
    files: { [at(name)]: content },
    expect: problems.map((p) => ({ file: at(name), ...p })),
  });
  const safe = (name: string, content: string | Uint8Array): HostileCase => ({ name, files: { [at(name)]: content }, expect: "safe" });
  const svg = (name: string, content: string | Uint8Array, line: number): HostileCase => ({
    name,
    files: { [`content/images/${name}.svg`]: content },
    expect: [{ file: `content/images/${name}.svg`, line, kind: "invalid-value" }],
  });
  const utf8 = (text: string) => new TextEncoder().encode(text);
  const bytes = (...parts: (string | number[])[]) => {
    const chunks = parts.map((p) => (typeof p === "string" ? utf8(p) : Uint8Array.from(p)));
    const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let offset = 0;
    for (const c of chunks) {
      all.set(c, offset);
      offset += c.length;
    }
    return all;
  };

  return [
    // ---- Markup and script in every text field and in the body: printed as text. ----
    safe(
      "payload-in-every-text-field",
      articleText(
        [
          `dek: ${q(PAYLOAD)}`,
          `dateline: ${q(`${PAYLOAD}, Nova Scotia`)}`,
          `authors: [lena-frost]`,
          `section: news`,
          `tags: [${q(PAYLOAD)}, ferry]`,
          `image:`,
          `  src: images/pier.svg`,
          `  alt: ${q(PAYLOAD)}`,
          `  caption: ${q(PAYLOAD)}`,
          `  credit: ${q(PAYLOAD)}`,
          `further_reading:`,
          `  - title: ${q(PAYLOAD)}`,
          `    url: ${q(QUOTED_URL)}`,
          `corrections:`,
          `  - date: 2025-03-12T12:00:00-03:00`,
          `    text: ${q(PAYLOAD)}`,
          `editors_note: ${q(PAYLOAD)}`,
          `series: ${q(`Series ${PAYLOAD}`)}`,
          `featured: true`,
        ],
        `First paragraph. ${PAYLOAD}`,
        [`title: ${q(PAYLOAD)}`, `date: ${DATE}`],
      ),
    ),
    {
      name: "payload-in-site-authors-and-tags",
      siteYaml: [
        `title: ${q(`Courier ${PAYLOAD}`)}`,
        `description: ${q(PAYLOAD)}`,
        `baseUrl: https://courier.example.com`,
        `language: en-US`,
        `timeZone: America/Halifax`,
        `publisher:`,
        `  name: ${q(PAYLOAD)}`,
        `sections:`,
        `  - id: news`,
        `    name: News`,
        `  - id: opinion`,
        `    name: ${q(PAYLOAD)}`,
        `    description: ${q(PAYLOAD)}`,
        ``,
      ].join("\n"),
      files: {
        "content/authors.yaml": `lena-frost:\n  name: Lena Frost\nomar-haddad:\n  name: Omar Haddad\nmallory:\n  name: ${q(PAYLOAD)}\n  role: ${q(PAYLOAD)}\n  bio: ${q(PAYLOAD)}\n  url: ${q(QUOTED_URL)}\n`,
        "content/tags.yaml": `ferry:\n  name: The Ferry\nevil:\n  name: ${q(PAYLOAD)}\n  description: ${q(PAYLOAD)}\n  aliases: [${q(PAYLOAD)}]\n`,
        [at("payload-in-site-authors-and-tags")]: articleText([`authors: [mallory, lena-frost]`, `section: opinion`, `tags: [evil, ferry]`, `type: opinion`]),
      },
      expect: "safe",
    },
    safe("quoted-urls", articleText([`canonical: ${q(QUOTED_URL)}`, `image:`, `  src: ${q(`https://cdn.example.org/x.jpg"><svg onload=alert(1)>`)}`, `  alt: Pier`])),
    safe(
      "body-inline-html",
      articleText(
        [],
        [
          `<script>alert("block")</script>`,
          ``,
          `Inline <img src=x onerror=alert(1)> and <svg onload=alert(1)> and <iframe src="javascript:alert(1)"></iframe>.`,
          ``,
          `<a href="javascript:alert(1)">a link written in HTML</a> <b onclick="alert(1)">bold</b>`,
          ``,
          `<!-- a comment --> <style>body{background:url(javascript:alert(1))}</style> <object data="x.swf"></object>`,
          ``,
          `<details open ontoggle=alert(1)><summary>x</summary></details>`,
        ].join("\n"),
      ),
    ),
    safe(
      "body-dangerous-links",
      articleText(
        [],
        [
          `[plain](javascript:alert(1)) [mixed case](JaVaScRiPt:alert(1)) [entity](&#106;avascript:alert(1))`,
          `[hex entity](&#x6A;avascript:alert(1)) [spaces](<  javascript:alert(1)>) [vbscript](vbscript:msgbox(1))`,
          `[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) [file](file:///etc/passwd)`,
          `[title breaks out](https://example.org "\\" onmouseover=\\"alert(1)")`,
          `[percent](%6Aavascript:alert(1)) [newline](java`,
          `script:alert(1))`,
          ``,
          `Autolinks: <javascript:alert(1)> <data:text/html,<script>alert(1)</script>> <vbscript:msgbox(1)>`,
          `and bare text javascript:alert(1) with linkify on, and <https://example.org/"onmouseover="alert(1)>.`,
        ].join("\n"),
      ),
    ),
    safe(
      "body-dangerous-images",
      articleText(
        [],
        [
          `![js](javascript:alert(1)) ![data svg](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+) ![x" onerror="alert(1)](https://example.org/x.png)`,
          `![file](file:///etc/passwd) ![ref][evil-image]`,
          ``,
          `[evil-image]: data:image/svg+xml,<svg onload=alert(1)>`,
        ].join("\n"),
      ),
    ),
    rejected("body-image-path-traversal", articleText([], "![up](../../../secret.png)"), { line: 5, field: "body image", kind: "invalid-value" }),
    safe(
      "body-reference-definitions",
      articleText(
        [],
        [
          `[one][js] [two][data] [three][vb] [four]`,
          ``,
          `[js]: javascript:alert(1)`,
          `[data]: data:text/html,<script>alert(1)</script> "title"`,
          `[vb]: <vbscript:msgbox(1)>`,
          `[four]: https://example.org/?a="><script>alert(1)</script> '" onmouseover="alert(1)'`,
        ].join("\n"),
      ),
    ),
    safe(
      "template-syntax",
      articleText(
        [`dek: "{{ site.config.baseUrl }} {% include 'base.njk' %} {# open comment"`, `dateline: "{{ 7 * 7 }}, {% raw %}"`],
        [
          `{{ site.config.title }} and {{ 7 * 7 }} and {% for a in site.articles %}{{ a.title }}{% endfor %}`,
          ``,
          `{# an unclosed comment, {% raw %} an unclosed raw block, {{ "{{" }}`,
          ``,
          `\`\`\`{{ site }}`,
          `{% include "article.njk" %}`,
          `\`\`\``,
        ].join("\n"),
        [`title: "{{ site.config.title }} {% if true %}yes{% endif %} {#"`, `date: ${DATE}`],
      ),
    ),
    safe(
      "body-code-and-tables",
      articleText(
        [],
        [
          "```\" onmouseover=\"alert(1)",
          "<script>alert(1)</script>",
          "```",
          "",
          "| <script>alert(1)</script> | b |",
          "|:--|--:|",
          "| [x](javascript:alert(1)) | ![y](data:image/png;base64,AAAA) |",
          "",
          "# A heading with <svg onload=alert(1)>",
          "",
          "> <iframe src=javascript:alert(1)>",
          "",
          "`<script>` in code, and \\<escaped\\> &lt;script&gt; &#60;script&#62;",
        ].join("\n"),
      ),
    ),
    safe(
      "live-updates",
      articleText(
        [`type: live`, `dek: ${q(PAYLOAD)}`],
        [`Latest from the terminal.`, ``, `## 10:05 ${PAYLOAD}`, ``, `Update one <script>alert(1)</script>.`, ``, `## 10:30 Second update`, ``, `[x](javascript:alert(1))`].join("\n"),
      ),
    ),
    safe("right-to-left-override-in-title", articleText([`dek: ${q("Invoice \u202Egpj.exe and \u2066isolates\u2069")}`], "Text with \u202Eoverride.", [`title: ${q("Sale \u202Etxt.exe")}`, `date: ${DATE}`])),
    safe("file-name-with-rtl-override-\u202Egpj", articleText([])),
    safe("slug-tags-under-default-permalink", articleText([`slug: tags`])),

    // ---- Encodings and line endings: normalised, or refused with the line. ----
    safe("utf8-byte-order-mark", bytes([0xef, 0xbb, 0xbf], articleText([`dek: Starts with a byte-order mark`]))),
    safe("crlf-line-endings", articleText([`dek: Windows line endings`], "One.\n\nTwo.").replace(/\n/g, "\r\n")),
    safe("mixed-line-endings", "---\r\ntitle: Mixed\ndate: 2025-03-12T10:00:00-03:00\r---\rOne.\r\n\nTwo.\r"),
    rejected("invalid-utf8", bytes(`---\ntitle: x\ndate: ${DATE}\ndek: caf`, [0xe9], "\n---\nBody\n"), { line: 4, kind: "invalid-value" }),
    rejected("overlong-utf8-less-than", bytes("---\ntitle: x\ndate: 2025-03-12\n---\n", [0xc0, 0xbc], "script>\n"), { line: 5, kind: "invalid-value" }),
    rejected("utf16-file", bytes([0xff, 0xfe], [0x2d, 0x00, 0x2d, 0x00, 0x2d, 0x00, 0x0a, 0x00]), { line: 1, kind: "invalid-value" }),
    rejected("lone-surrogate", bytes("---\ntitle: x\n", [0xed, 0xa0, 0x80], "\ndate: 2025-03-12\n---\nBody\n"), { line: 3, kind: "invalid-value" }),
    rejected("nul-byte", articleText([`dek: before${"\u0000"}after`]), { line: 4, kind: "invalid-value" }),

    // ---- Frontmatter that is code: refused before anything could run it. ----
    rejected("js-frontmatter", `---js\n{ title: (${write}, "x"), date: "2025-03-12" }\n---\nBody\n`, { line: 1, field: "frontmatter", kind: "frontmatter-language" }),
    rejected("javascript-frontmatter", `---javascript\nmodule.exports = { title: ${write} }\n---\nBody\n`, { line: 1, field: "frontmatter", kind: "frontmatter-language" }),
    rejected("coffee-frontmatter", `---coffee\ntitle: do -> ${write}\n---\nBody\n`, { line: 1, field: "frontmatter", kind: "frontmatter-language" }),
    rejected("spaced-js-frontmatter", `--- js \n{ title: ${write} }\n---\nBody\n`, { line: 1, field: "frontmatter", kind: "frontmatter-language" }),
    // An unknown tag is only a warning for the YAML parser: the value stays a string, shown as text.
    safe("yaml-js-function-tag", articleText([`dek: !!js/function "function () { ${write.replace(/"/g, "'")} }"`])),

    // ---- URLs that would run or leave the site: refused. ----
    rejected("canonical-javascript-url", articleText([`canonical: "javascript:alert(1)"`]), { line: 4, field: "canonical", kind: "invalid-value" }),
    rejected("canonical-data-url", articleText([`canonical: "data:text/html,<script>alert(1)</script>"`]), { line: 4, field: "canonical", kind: "invalid-value" }),
    rejected(
      "further-reading-javascript-url",
      articleText([`further_reading:`, `  - title: Click me`, `    url: "javascript:alert(1)"`]),
      { line: 6, field: "further_reading.0.url", kind: "invalid-value" },
    ),
    rejected("image-javascript-url", articleText([`image:`, `  src: "javascript:alert(1)"`, `  alt: x`]), { line: 5, field: "image.src", kind: "invalid-value" }),
    rejected("image-data-url", articleText([`image:`, `  src: "data:image/svg+xml,<svg onload=alert(1)>"`, `  alt: x`]), { line: 5, field: "image.src", kind: "invalid-value" }),
    rejected("image-path-traversal", articleText([`image:`, `  src: ../../../secret`, `  alt: x`]), { line: 5, field: "image.src", kind: "invalid-value" }),
    rejected("image-traversal-inside-images", articleText([`image:`, `  src: images/../../../secret.svg`, `  alt: x`]), { line: 5, field: "image.src", kind: "invalid-value" }),
    rejected("image-absolute-path", articleText([`image:`, `  src: /etc/passwd`, `  alt: x`]), { line: 5, field: "image.src", kind: "invalid-value" }),
    rejected("image-file-url", articleText([`image:`, `  src: "file:///etc/passwd"`, `  alt: x`]), { line: 5, field: "image.src", kind: "invalid-value" }),
    rejected("image-protocol-relative", articleText([`image:`, `  src: //evil.example/x.png`, `  alt: x`]), { line: 5, field: "image.src", kind: "invalid-value" }),

    // ---- Slugs that would write outside the article's folder, or over another page. ----
    rejected("slug-path-traversal", articleText([`slug: ../../etc/passwd`]), { line: 4, field: "slug", kind: "invalid-slug" }),
    rejected("slug-absolute", articleText([`slug: /abs`]), { line: 4, field: "slug", kind: "invalid-slug" }),
    rejected("slug-with-folder", articleText([`slug: news/../../x`]), { line: 4, field: "slug", kind: "invalid-slug" }),
    rejected("slug-rtl-override", articleText([`slug: ${q("report\u202Efdp.exe")}`]), { line: 4, field: "slug", kind: "invalid-slug" }),
    rejected("slug-case-only-difference", articleText([`slug: Ferry-Terminal-Opens`]), { line: 4, field: "slug", kind: "invalid-slug" }),
    rejected("slug-of-another-article", articleText([`slug: ferry-terminal-opens`]), { line: 4, field: "slug", kind: "duplicate-slug" }),
    {
      name: "two-files-differing-in-case",
      files: { [at("Harbour-Fire")]: articleText([]), [at("harbour-fire")]: articleText([]) },
      expect: [{ file: at("harbour-fire"), line: 2, field: "slug", kind: "duplicate-slug" }],
    },
    {
      name: "slug-equal-to-a-reserved-path",
      siteYaml: "title: Ferry Point Courier\nbaseUrl: https://courier.example.com\npermalink: /:slug/\nsections:\n  - id: news\n    name: News\n",
      files: { [at("slug-equal-to-a-reserved-path")]: articleText([`slug: tags`]) },
      expect: [{ file: at("slug-equal-to-a-reserved-path"), line: 4, field: "slug", kind: "url-collision" }],
    },

    // ---- SVG images are published as they are: one that would run code when opened is refused. ----
    svg("svg-with-script", `<svg xmlns="http://www.w3.org/2000/svg">\n<script>alert(document.cookie)</script>\n</svg>`, 2),
    svg("svg-with-onload", `<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="1" height="1"/></svg>`, 1),
    svg("svg-with-javascript-link", `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">\n<a xlink:href=" javascript:alert(1)"><text>x</text></a></svg>`, 2),
    svg("svg-animating-a-link-to-javascript", `<svg xmlns="http://www.w3.org/2000/svg"><a><animate attributeName="href" values="javascript:alert(1)"/><text>x</text></a></svg>`, 1),
    svg("svg-with-foreign-object", `<svg xmlns="http://www.w3.org/2000/svg">\n\n<foreignObject><iframe src="https://evil.example/"></iframe></foreignObject></svg>`, 3),
    svg("svg-in-utf16-with-script", Uint8Array.from([0xff, 0xfe, ...[..."<svg><script>alert(1)</script></svg>"].flatMap((c) => [c.charCodeAt(0), 0])]), 1),
    {
      name: "svg-with-embedded-bitmap",
      files: { "content/images/embedded.svg": `<svg xmlns="http://www.w3.org/2000/svg"><image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/><text>monospace onion</text></svg>` },
      expect: "safe",
    },

    // ---- Values of the wrong type. ----
    rejected("title-number", articleText([], "Body", [`title: 123`, `date: ${DATE}`]), { line: 2, field: "title", kind: "wrong-type" }),
    rejected("title-list", articleText([], "Body", [`title: [a, b]`, `date: ${DATE}`]), { line: 2, field: "title", kind: "wrong-type" }),
    rejected("title-mapping", articleText([], "Body", [`title: {a: 1}`, `date: ${DATE}`]), { line: 2, field: "title", kind: "wrong-type" }),
    rejected("title-empty", articleText([], "Body", [`title:`, `date: ${DATE}`]), { line: 2, field: "title", kind: "missing-field" }),
    rejected("tags-yes", articleText([`tags: yes`]), { line: 4, field: "tags", kind: "wrong-type" }),
    rejected("tags-number", articleText([`tags: 5`]), { line: 4, field: "tags", kind: "wrong-type" }),
    rejected("authors-string", articleText([`authors: lena-frost`]), { line: 4, field: "authors", kind: "wrong-type" }),
    rejected("date-number", articleText([], "Body", [`title: x`, `date: 20250312`]), { line: 3, field: "date", kind: "invalid-date" }),
    rejected("draft-string", articleText([`draft: "yes"`]), { line: 4, field: "draft", kind: "wrong-type" }),
    rejected("image-string", articleText([`image: images/pier.svg`]), { line: 4, field: "image", kind: "wrong-type" }),
    rejected("corrections-string", articleText([`corrections: oops`]), { line: 4, field: "corrections", kind: "wrong-type" }),

    // ---- Size: refused before it can cost minutes or gigabytes. ----
    rejected("billion-laughs", billionLaughs(), { line: 2, field: "frontmatter", kind: "yaml-syntax" }),
    rejected("deeply-nested-flow", articleText([`dek: ${"[".repeat(20_000)}${"]".repeat(20_000)}`]), { line: 4, field: "frontmatter", kind: "yaml-syntax" }),
    rejected("frontmatter-over-64-kib", articleText([`dek: "${"a".repeat(70 * 1024)}"`]), { line: 1, field: "frontmatter", kind: "frontmatter-too-large" }),
    rejected("many-repeated-keys", articleText(Array.from({ length: 6_000 }, (_, i) => `k${i % 3_000}: v`)), { line: 3_004, field: "frontmatter", kind: "yaml-syntax" }),
    rejected("ten-megabyte-body", articleText([], "Lorem ipsum dolor sit amet. ".repeat(375_000)), { line: 1, kind: "file-too-large" }),
  ];
}

/** The "billion laughs" document: nine levels of nine aliases, 10^9 strings if expanded. */
function billionLaughs(): string {
  const lines = [`title: lol`, `date: ${DATE}`, `a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]`];
  for (let i = 1; i <= 9; i++) lines.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(", ")}]`);
  return ["---", ...lines, "---", "Body", ""].join("\n");
}
