import { describe, expect, it } from "vitest";
import type { SiteData } from "../../src/model.ts";
import type { Problem } from "../../src/problems.ts";
import { validateSiteData } from "../../src/validate/site-data.ts";

const BASE = ["title: The Ledger", "baseUrl: https://news.example.org"];

function validate(lines: string[], images?: string[]): { site: SiteData | undefined; problems: Problem[] } {
  const problems: Problem[] = [];
  const site = validateSiteData(
    { site: { path: "content/site.yaml", text: [...BASE, ...lines].join("\n") }, authors: undefined, tags: undefined, images: images && new Set(images) },
    problems,
  );
  return { site, problems };
}

describe("defaultImage in site.yaml", () => {
  it("reads a file under images/ or an https URL", () => {
    expect(validate(["defaultImage:", "  src: images/card.png", "  alt: The emblem"], ["images/card.png"]).site?.config.defaultImage).toEqual({
      src: "images/card.png",
      url: "/images/card.png",
      alt: "The emblem",
    });
    expect(validate(["defaultImage:", "  src: https://cdn.example.net/card.jpg", "  alt: The emblem"], []).site?.config.defaultImage).toEqual({
      src: "https://cdn.example.net/card.jpg",
      url: "https://cdn.example.net/card.jpg",
      alt: "The emblem",
    });
  });

  it("is optional", () => {
    const { site, problems } = validate([], []);
    expect(problems).toEqual([]);
    expect(site?.config.defaultImage).toBeUndefined();
  });

  it.each([
    [
      "a missing file",
      ["defaultImage:", "  src: images/nope.png", "  alt: x"],
      { kind: "missing-image", line: 4, field: "defaultImage.src", expected: "an image file in content/images/", received: '"images/nope.png"', hint: "no file content/images/nope.png" },
    ],
    [
      "a path outside images/",
      ["defaultImage:", "  src: ../secret.png", "  alt: x"],
      { kind: "invalid-value", line: 4, field: "defaultImage.src", expected: "a path inside content/images/ (e.g. images/logo.png) or an https URL", received: '"../secret.png"' },
    ],
    [
      "no alt text",
      ["defaultImage:", "  src: images/card.png"],
      { kind: "missing-field", line: 3, field: "defaultImage.alt", expected: "a alt field (alt text describing the image)", received: "nothing" },
    ],
    [
      "a string instead of a mapping",
      ["defaultImage: images/card.png"],
      { kind: "wrong-type", line: 3, field: "defaultImage", expected: "a mapping with src and alt", received: '"images/card.png"' },
    ],
    [
      "a missing logo",
      ["publisher:", "  name: Ledger Media", "  logo: images/logo.svg"],
      { kind: "missing-image", line: 5, field: "publisher.logo", expected: "an image file in content/images/", received: '"images/logo.svg"', hint: "no file content/images/logo.svg" },
    ],
  ])("reports %s", (_, lines, expected) => {
    const { site, problems } = validate(lines, ["images/card.png"]);
    expect(site).toBeUndefined();
    expect(problems).toEqual([{ severity: "error", file: "content/site.yaml", ...expected }]);
  });
});
