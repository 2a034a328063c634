import { describe, expect, it } from "vitest";
import type { Problem } from "../../src/problems.ts";
import { readLiveUpdates } from "../../src/validate/live-updates.ts";

const TZ = "America/Anchorage";
// 10 a.m. AKDT on Aug. 15, 2025.
const START = new Date("2025-08-15T18:00:00Z");

function read(body: string, date = START) {
  const problems: Problem[] = [];
  const live = readLiveUpdates({ file: "content/articles/live.md", body, bodyLine: 8, date }, TZ, problems);
  return { live, problems };
}

describe("readLiveUpdates", () => {
  it("splits the summary from updates written as `## HH:MM Headline`, in the order written", () => {
    const { live, problems } = read("Summary.\n\n## 14:05 Presidents land\n\nAir Force One touched down.\n\n## 11:30 — Crowds gather\n\nText.\n");
    expect(problems).toEqual([]);
    expect(live).toEqual({
      intro: "Summary.\n",
      updates: [
        { at: new Date("2025-08-15T22:05:00Z"), headline: "Presidents land", markdown: "Air Force One touched down.\n", line: 10 },
        { at: new Date("2025-08-15T19:30:00Z"), headline: "Crowds gather", markdown: "Text.\n", line: 14 },
      ],
    });
  });

  it.each([
    ["## 14:05", "2025-08-15T22:05:00Z", ""],
    ["## 14:05: Talks begin", "2025-08-15T22:05:00Z", "Talks begin"],
    ["## 14:05 | Talks begin ##", "2025-08-15T22:05:00Z", "Talks begin"],
    ["## 9:07 Early start", "2025-08-16T17:07:00Z", "Early start"],
    ["## 10:00 On the hour", "2025-08-15T18:00:00Z", "On the hour"],
    ["## 00:15 After midnight", "2025-08-16T08:15:00Z", "After midnight"],
    ["## 2025-08-16T09:00:00-08:00 Next morning", "2025-08-16T17:00:00Z", "Next morning"],
  ])("readLiveUpdates(%j) reads the time as %s", (heading, iso, headline) => {
    const { live, problems } = read(`${heading}\nText.\n`);
    expect(problems).toEqual([]);
    expect(live.updates.map((u) => [u.at.toISOString().replace(".000", ""), u.headline])).toEqual([[iso, headline]]);
  });

  it.each([
    ["## Reaction from Kyiv"],
    ["### 14:05 A level-3 heading"],
    ["## 14:05pm no space"],
    ["```\n## 14:05 inside a code fence\n```"],
  ])("readLiveUpdates(%j) is not an update", (body) => {
    const { live, problems } = read(`${body}\n`);
    expect(live.updates).toEqual([]);
    expect(problems.map((p) => p.kind)).toEqual(["live-without-updates"]);
  });

  it("readLiveUpdates(no updates) warns with the convention as a hint", () => {
    expect(read("Just a story.\n").problems).toEqual([
      {
        kind: "live-without-updates",
        severity: "warning",
        file: "content/articles/live.md",
        line: 8,
        field: "body",
        expected: "update entries, each opening with a heading such as ## 14:05 Headline",
        received: "no update headings",
        hint: "a live article lists its updates under level-2 headings that start with the time",
      },
    ]);
  });

  it("readLiveUpdates(## 25:10) is an error on its line", () => {
    expect(read("## 12:00 Fine\n\n## 25:10 Impossible\n").problems).toEqual([
      {
        kind: "invalid-date",
        severity: "error",
        file: "content/articles/live.md",
        line: 10,
        field: "body",
        expected: "an update heading opening with a 24-hour time (## 14:05) or an ISO 8601 date-time with a UTC offset",
        received: '"25:10"',
      },
    ]);
  });

  it("readLiveUpdates(full date-time before the coverage started) is an error", () => {
    expect(read("## 2025-08-14T09:00:00-08:00 Too early\n").problems.map((p) => [p.kind, p.line, p.expected])).toEqual([
      ["invalid-date", 8, "an update time at or after the article's date"],
    ]);
  });
});
