import { describe, expect, it } from "vitest";
import { insertDateline } from "../../src/index/insert-dateline.ts";

describe("insertDateline", () => {
  it.each([
    ["<p>President Trump met …</p>\n", "ANCHORAGE, Alaska —", '<p><span class="dateline">ANCHORAGE, Alaska —</span> President Trump met …</p>\n'],
    ["<p>One.</p>\n<p>Two.</p>\n", "KYIV, Ukraine —", '<p><span class="dateline">KYIV, Ukraine —</span> One.</p>\n<p>Two.</p>\n'],
    ["<h2>Heading</h2>\n<p>Text.</p>\n", "WASHINGTON —", '<p class="dateline-only"><span class="dateline">WASHINGTON —</span></p>\n<h2>Heading</h2>\n<p>Text.</p>\n'],
    ["<ul>\n<li>One</li>\n</ul>\n", "WASHINGTON —", '<p class="dateline-only"><span class="dateline">WASHINGTON —</span></p>\n<ul>\n<li>One</li>\n</ul>\n'],
    ["", "WASHINGTON —", '<p class="dateline-only"><span class="dateline">WASHINGTON —</span></p>\n'],
    ["<p>Text.</p>\n", "A&B <CITY> —", '<p><span class="dateline">A&amp;B &lt;CITY&gt; —</span> Text.</p>\n'],
  ])("insertDateline(%j, %j) === %j", (html, dateline, expected) => {
    expect(insertDateline(html, dateline)).toBe(expected);
  });
});
