import { describe, expect, it } from "vitest";
import { baseUrlWithPrefix, normalizePathPrefix, pathPrefixOf } from "../../src/format/path-prefix.ts";

describe("normalizePathPrefix", () => {
  it.each([
    ["/news/", "/news/"],
    ["/news", "/news/"],
    ["news/", "/news/"],
    [" /org/news// ", "/org/news/"],
    ["/", "/"],
    ["", "/"],
    ["/a.b_c~d-e%20/", "/a.b_c~d-e%20/"],
    ["/../x/", undefined],
    ["/./", undefined],
    ["https://x.org/news/", undefined],
    ["/news/?q=1", undefined],
    ['/ne"ws/', undefined],
    ["/my news/", undefined],
  ])("normalizePathPrefix(%j) === %j", (raw, expected) => {
    expect(normalizePathPrefix(raw)).toBe(expected);
  });
});

describe("pathPrefixOf / baseUrlWithPrefix", () => {
  it.each([
    ["https://org.github.io", "/"],
    ["https://org.github.io/", "/"],
    ["https://org.github.io/news", "/news/"],
    ["https://org.github.io/a/b/", "/a/b/"],
  ])("pathPrefixOf(%j) === %j", (url, expected) => {
    expect(pathPrefixOf(url)).toBe(expected);
  });

  it.each([
    ["https://news.example.org", "/", "https://news.example.org"],
    ["https://news.example.org/", "/", "https://news.example.org"],
    ["https://org.github.io", "/news/", "https://org.github.io/news"],
    ["https://org.github.io/news", "/news/", "https://org.github.io/news"],
    ["https://org.github.io/news/", "/news/", "https://org.github.io/news"],
    ["https://org.github.io/old/", "/news/", "https://org.github.io/news"],
    ["https://org.github.io/old/", "/", "https://org.github.io"],
    ["http://localhost:8080", "/a/b/", "http://localhost:8080/a/b"],
  ])("baseUrlWithPrefix(%j, %j) === %j", (base, prefix, expected) => {
    expect(baseUrlWithPrefix(base, prefix)).toBe(expected);
  });
});
