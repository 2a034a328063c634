// Builds the fixture site and reads the Pagefind index it wrote: which pages, which text, which filters.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, copyFixture, listOutput, type TempSite } from "../helpers/fixture-site.ts";

interface Fragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

let site: TempSite;
let fragments: Fragment[];

beforeAll(async () => {
  site = await copyFixture("site");
  expect((await buildSite(site)).ok).toBe(true);
  const dir = path.join(site.out, "pagefind", "fragment");
  fragments = await Promise.all(
    (await readdir(dir)).map(async (name) => {
      // A fragment is gzipped JSON behind a short signature.
      const text = gunzipSync(await readFile(path.join(dir, name))).toString("utf8");
      return JSON.parse(text.slice(text.indexOf("{"))) as Fragment;
    }),
  );
  fragments.sort((a, b) => (a.url < b.url ? -1 : 1));
});
afterAll(() => site.cleanup());

const fragment = (url: string) => fragments.find((f) => f.url === url)!;

describe("search index", () => {
  it("writes the Pagefind bundle into the site", async () => {
    const files = await listOutput(site.out);
    expect(files).toContain("/pagefind/pagefind.js");
    expect(files).toContain("/pagefind/pagefind-entry.json");
  });

  it("indexes the published articles and nothing else: no listings, related pages, search or 404 page", () => {
    expect(fragments.map((f) => f.url)).toEqual([
      "/articles/council-approves-harbour-budget/",
      "/articles/ferry-timetable-changes/",
      "/articles/fish-market-reopens/",
      "/articles/harbour-dredging-explained/",
    ]);
  });

  it("indexes the headline, dek, byline, body and corrections, but not navigation, footer or related reading", () => {
    const { content } = fragment("/articles/council-approves-harbour-budget/");
    for (const expected of ["Council approves harbour budget", "The plan pays for dredging", "Ana Reyes", "voted 5-2", "What the money buys", "The budget is $4.2 million"]) {
      expect(content).toContain(expected);
    }
    // Footer, masthead and topic links; related and further reading, which name other stories; kicker and timestamps.
    const absent = ["News from a small harbour town", "Harbour Gazette Media", "Topics", "Related reading", "Ferry timetable changes for spring", "Town budget documents"];
    for (const text of [...absent, "Local.", "Published"]) {
      expect(content).not.toContain(text);
    }
  });

  it("files each article under its section, type and topics, with its dek and date for the results", () => {
    expect(fragment("/articles/council-approves-harbour-budget/")).toMatchObject({
      filters: { section: ["Local"], type: ["News"], tag: ["The Harbour", "Town Budget", "Ferries"] },
      meta: { title: "Council approves harbour budget after late-night vote", dek: "The plan pays for dredging and a new ferry ramp.", date: "March 3, 2025" },
    });
    expect(fragment("/articles/harbour-dredging-explained/").filters.type).toEqual(["Explainer"]);
  });
});
