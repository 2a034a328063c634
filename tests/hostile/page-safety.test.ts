// The checker the hostile suite relies on must itself catch each kind of injection.
import { describe, expect, it } from "vitest";
import { isDangerousUrl, pageIssues } from "./page-safety.ts";

const page = (body: string, head = "") => `<!doctype html><html lang="en"><head><title>t</title>${head}</head><body>${body}</body></html>`;

describe("pageIssues", () => {
  it.each([
    ['<p class="x">text &lt;script&gt;</p>', []],
    ['<a href="/articles/x/" title="a &quot;quoted&quot; title">x</a>', []],
    ['<img src="/images/x.svg" alt="" loading="lazy">', []],
    ['<script type="module" src="/search.js"></script>', []],
    ['<script type="application/ld+json">{"headline":"\\u003c/script\\u003e"}</script>', []],
    ["<script>alert(1)</script>", ['<script>: script "alert(1)"']],
    ['<script src="https://evil.example/x.js"></script>', ['<script>: script "https://evil.example/x.js"']],
    ['<script type="application/ld+json">{"a":"<!--"}</script>', ['<script>: JSON-LD holds "<!--"']],
    ['<script type="application/ld+json">{"a":"</script><script>alert(1)</script>', ['<script>: JSON-LD is not whole JSON (ended early?): "{\\"a\\":\\""', '<script>: script "alert(1)"']],
    ['<img src="x" onerror="alert(1)">', ['<img>: event handler onerror="alert(1)"']],
    ["<svg onload=alert(1)></svg>", ["<svg>: element that content could have injected", '<svg>: event handler onload="alert(1)"', '<svg>: attribute written as "onload=alert(1)"']],
    ['<iframe src="/x"></iframe>', ["<iframe>: element that content could have injected"]],
    ['<a href="javascript:alert(1)">x</a>', ['<a>: href="javascript:alert(1)"']],
    ['<a href=" JaVa&#9;Script:alert(1)">x</a>', ['<a>: href=" JaVa\\tScript:alert(1)"']],
    ['<img src="data:image/svg+xml,x" alt="">', ['<img>: src="data:image/svg+xml,x"']],
    ['<img srcset="/a.jpg 1x, data:image/png;base64,AAAA 2x" alt="">', ['<img>: srcset candidate "data:image/png;base64"']],
    ["<a title='single'>x</a>", ["<a>: attribute written as \"title='single'\""]],
    ["<a title=bare>x</a>", ['<a>: attribute written as "title=bare"']],
    ['<p style="background:url(javascript:alert(1))">x</p>', ['<p>: style="background:url(javascript:alert(1))"']],
  ])("pageIssues(%j) → %j", (body, issues) => {
    expect(pageIssues(page(body))).toEqual(issues);
  });

  it("pageIssues(meta refresh to a javascript: URL) → an issue", () => {
    expect(pageIssues(page("", '<meta http-equiv="refresh" content="0; url=javascript:alert(1)">'))).toEqual(['<meta>: refresh to "javascript:alert(1)"']);
    expect(pageIssues(page("", '<meta http-equiv="refresh" content="0; url=/articles/x/">'))).toEqual([]);
  });

  it("pageIssues(page, allowed sets) → elements and attributes outside them", () => {
    const allowed = { html: new Set(["lang"]), head: new Set<string>(), title: new Set<string>(), body: new Set<string>(), p: new Set<string>() };
    expect(pageIssues(page('<p class="x">a</p><b>b</b>'), { allowed })).toEqual(["<p class=\"x\">: attribute class outside the expected set", "<b>: element outside the expected set"]);
  });
});

describe("isDangerousUrl", () => {
  it.each([
    ["javascript:alert(1)", true],
    ["JAVASCRIPT:alert(1)", true],
    ["java\nscript:alert(1)", true],
    ["\u0000javascript:alert(1)", true],
    ["data:text/html,x", true],
    ["vbscript:msgbox(1)", true],
    ["https://example.org/javascript:x", false],
    ["/articles/javascript:x/", false],
    ["%6Aavascript:alert(1)", false],
    ["mailto:desk@example.org", false],
  ])("isDangerousUrl(%j) === %j", (url, expected) => {
    expect(isDangerousUrl(url)).toBe(expected);
  });
});
