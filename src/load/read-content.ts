// Reads the content folder from disk: the only place the pipeline touches content files.
import { lstat, readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { ContentSources, SourceFile } from "../model.ts";
import { problem, type Problem } from "../problems.ts";

const decoder = new TextDecoder("utf-8", { fatal: true });

export interface ReadResult {
  sources: ContentSources;
  problems: Problem[];
}

/** `root` is the site folder holding `content/`; paths in results are relative to it. */
export async function readContent(root: string): Promise<ReadResult> {
  const problems: Problem[] = [];
  const contentDir = path.join(root, "content");
  const relative = (abs: string) => path.relative(root, abs).split(path.sep).join("/");

  const readText = async (abs: string): Promise<SourceFile | undefined> => {
    const bytes = await readFile(abs);
    try {
      return { path: relative(abs), text: decoder.decode(bytes) };
    } catch {
      problems.push(
        problem({
          kind: "invalid-value",
          file: relative(abs),
          line: lineOfFirstInvalidByte(bytes),
          expected: "text encoded as UTF-8",
          received: "bytes that are not valid UTF-8",
          hint: "re-save the file as UTF-8 in your editor",
        }),
      );
      return undefined;
    }
  };

  const readOptional = async (name: string) => {
    const abs = path.join(contentDir, name);
    const stat = await lstat(abs).catch(() => undefined);
    if (!stat) return undefined;
    if (!stat.isFile()) {
      problems.push(notAFile(relative(abs)));
      return undefined;
    }
    return readText(abs);
  };

  const articleFiles = await listFiles(path.join(contentDir, "articles"), relative, problems);
  const articles: SourceFile[] = [];
  for (const abs of articleFiles.filter((f) => /\.(md|markdown)$/i.test(f))) {
    const source = await readText(abs);
    if (source) articles.push(source);
  }
  const imageFiles = await listFiles(path.join(contentDir, "images"), relative, problems);
  const images = new Set(imageFiles.map((abs) => path.relative(contentDir, abs).split(path.sep).join("/")));

  return {
    sources: {
      site: await readOptional("site.yaml"),
      authors: await readOptional("authors.yaml"),
      tags: await readOptional("tags.yaml"),
      articles,
      images,
    },
    problems,
  };
}

/**
 * Every regular file below `dir`, sorted so that builds do not depend on the order the file
 * system lists them in. Symbolic links are never followed: one could point outside content/.
 */
async function listFiles(dir: string, relative: (abs: string) => string, problems: Problem[]): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries) {
    const abs = path.join(dir, entry.name);
    if (entry.name.startsWith(".")) continue;
    if (entry.isSymbolicLink()) {
      problems.push(
        problem({
          kind: "invalid-value",
          file: relative(abs),
          expected: "a regular file or folder",
          received: "a symbolic link",
          hint: "copy the file into content/ instead of linking to it",
        }),
      );
    } else if (entry.isDirectory()) {
      files.push(...(await listFiles(abs, relative, problems)));
    } else if (entry.isFile()) {
      files.push(abs);
    }
  }
  return files.sort();
}

function notAFile(file: string): Problem {
  return problem({ kind: "invalid-value", file, expected: "a regular file", received: "a folder or link" });
}

function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  // A lenient decode marks the first bad sequence with U+FFFD; count the lines before it.
  const lenient = new TextDecoder("utf-8").decode(bytes);
  const at = lenient.indexOf("\uFFFD");
  return lenient.slice(0, at < 0 ? 0 : at).split("\n").length;
}
