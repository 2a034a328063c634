// Writes the configuration reference in README.md from src/validate/site-schema.ts:
//   npm run docs:config
// tests/validate/site-schema.test.ts fails when the README and the schema disagree.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { configReference } from "../src/validate/site-schema.ts";

export const START = "<!-- site.yaml reference: generated from src/validate/site-schema.ts by `npm run docs:config` -->";
export const END = "<!-- end of site.yaml reference -->";

/** The README with the text between the markers replaced by the reference. */
export function withReference(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error("README.md has no site.yaml reference markers");
  return `${readme.slice(0, start + START.length)}\n${configReference()}\n${readme.slice(end)}`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "README.md");
  await writeFile(file, withReference(await readFile(file, "utf8")));
  console.log("README.md: configuration reference updated.");
}
