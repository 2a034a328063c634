// Fingerprints: a value and its copy in a worker hash alike; any change to what a page shows changes its hash.
import { deserialize, serialize } from "node:v8";
import { describe, expect, it } from "vitest";
import nunjucks from "nunjucks";
import { Fingerprinter, recordingSite } from "../../src/emit/page-fingerprints.ts";
import type { SiteModel } from "../../src/model.ts";

const model = { config: { baseUrl: "https://example.com" } } as unknown as SiteModel;
const teasers = Array.from({ length: 40 }, (_, i) => ({ slug: `story-${i}`, title: `Story ${i}`, published: { iso: `2025-01-${10 + i}` } }));
const item = () => ({
  title: "A story",
  tags: ["a", "b"].map((t) => t.toUpperCase()), // made by map: a holey array in V8
  meta: Object.assign(Object.create(null), { url: "/a/" }),
  timeline: { tag: { name: "A" }, items: teasers.map((t) => t) },
  relatedTop: teasers.slice(0, 3).map((teaser) => ({ teaser, reason: "same topic" })),
  updated: undefined,
});

describe("Fingerprinter.item", () => {
  it("hashes an item and its structured copy (as a worker receives it) alike", () => {
    const original = item();
    const copy = deserialize(serialize(original));
    expect(new Fingerprinter(model, "t").item(copy)).toBe(new Fingerprinter(model, "t").item(original));
  });

  it("hashes equal items alike, whether or not their lists are shared", () => {
    const fingerprints = new Fingerprinter(model, "t");
    expect(fingerprints.item(item())).toBe(fingerprints.item(item()));
  });

  it.each([
    ["a title", (i: ReturnType<typeof item>) => void (i.title = "Another story")],
    ["a teaser's title in a long list", (i: ReturnType<typeof item>) => void (i.timeline.items[7] = { ...teasers[7]!, title: "Changed" })],
    ["a list's order", (i: ReturnType<typeof item>) => void i.timeline.items.reverse()],
    ["a field from undefined to null", (i: ReturnType<typeof item>) => void ((i as Record<string, unknown>).updated = null)],
    ["a short list's element", (i: ReturnType<typeof item>) => void (i.relatedTop[1]!.reason = "same author")],
  ])("changes when %s changes", (_, change) => {
    const changed = item();
    change(changed);
    expect(new Fingerprinter(model, "t").item(changed)).not.toBe(new Fingerprinter(model, "t").item(item()));
  });
});

describe("what a template reads", () => {
  const site = () =>
    ({
      config: { baseUrl: "https://example.com" },
      sections: [{ name: "World", url: "/world/" }],
      syndication: { siteFeeds: [{ url: "/feed.xml", title: "All" }], atomFeeds: [{ path: "feed.xml", entries: teasers.map((t) => ({ ...t })) }] },
    }) as unknown as SiteModel;
  const reads = (template: string, model = site()) => {
    const read = new Set<string>();
    new nunjucks.Environment(null, { autoescape: true }).renderString(template, { site: recordingSite(model, read) });
    return [...read].sort();
  };

  it("notes a field within a plain object, not the whole object", () => {
    expect(reads("{% for f in site.syndication.siteFeeds %}{{ f.url }}{% endfor %}{{ site.sections[0].name }}")).toEqual(["sections", "syndication.siteFeeds"]);
  });

  it("notes the whole object when a template lists its keys", () => {
    expect(reads("{% for key, value in site.syndication %}{{ key }}{% endfor %}")).toContain("syndication");
  });

  it("keeps a page's key when only a part it does not read changes", () => {
    const before = site();
    const after = site();
    (after.syndication.atomFeeds[0]!.entries[3] as { title: string }).title = "A new headline";
    const fields = reads("{% for f in site.syndication.siteFeeds %}{{ f.url }}{% endfor %}", before);
    const key = (model: SiteModel) => new Fingerprinter(model, "t").templateKey("article.njk", fields);
    expect(key(after)).toBe(key(before));
    (after.syndication.siteFeeds[0] as { title: string }).title = "Everything";
    expect(key(after)).not.toBe(key(before));
  });

  it("tells a part whose name holds a dot from others", () => {
    const model = (stylesheet: string) => ({ ...site(), assets: { "/css/site.css": stylesheet, "/js/search.js": "/js/search.1.js" } }) as unknown as SiteModel;
    const fields = reads('<link href="{{ site.assets["/css/site.css"] }}">', model("/css/site.1.css"));
    expect(fields).toEqual(["assets./css/site.css"]);
    const key = (stylesheet: string) => new Fingerprinter(model(stylesheet), "t").templateKey("article.njk", fields);
    expect(key("/css/site.2.css")).not.toBe(key("/css/site.1.css"));
  });
});
