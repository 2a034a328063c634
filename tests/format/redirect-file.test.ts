import { expect, it } from "vitest";
import { redirectFile } from "../../src/format/redirect-file.ts";

it.each([
  ["/2024/05/old-slug/", "/2024/05/old-slug/index.html"],
  ["/2024/05/old-slug", "/2024/05/old-slug/index.html"],
  ["/news/story.html", "/news/story.html"],
  ["/news/story.HTM", "/news/story.HTM"],
  ["/v1.2/story", "/v1.2/story/index.html"],
  ["/story.php", undefined],
])("redirectFile(%j) === %j", (alias, file) => {
  expect(redirectFile(alias)).toBe(file);
});
