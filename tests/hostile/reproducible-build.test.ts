// Same input, same bytes: two builds of the same content on "different machines" (another folder,
// files created in the opposite order with other timestamps, another time zone, another wall
// clock, another output folder name) with the same SOURCE_DATE_EPOCH write identical files.
import { spawnSync } from "node:child_process";
import { copyFile, cp, mkdir, mkdtemp, readdir, rm, utimes } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { buildCommand } from "../../src/cli/build-command.ts";
import { buildTime } from "../../src/cli/options.ts";
import { outputHashes, REPO } from "../helpers/fixture-site.ts";

const EPOCH = "1755900000"; // Aug. 22, 2025, after every article of the sample site.

let jail: string;
let first: Map<string, string>;
let second: Map<string, string>;

/** Copies `from` file by file in the reverse of sorted order, each with its own odd timestamp. */
async function copyReversed(from: string, to: string): Promise<void> {
  const files = (await readdir(from, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.relative(from, path.join(e.parentPath, e.name)));
  for (const [i, file] of files.sort().reverse().entries()) {
    await mkdir(path.dirname(path.join(to, file)), { recursive: true });
    await copyFile(path.join(from, file), path.join(to, file));
    const stamp = new Date(Date.UTC(2001, 0, 1) + i * 86_400_000);
    await utimes(path.join(to, file), stamp, stamp);
  }
}

beforeAll(async () => {
  jail = await mkdtemp(path.join(tmpdir(), "dateline-reproducible-"));
  const a = path.join(jail, "machine-a");
  const b = path.join(jail, "elsewhere", "machine-b");
  await cp(path.join(REPO, "content"), path.join(a, "content"), { recursive: true });
  await copyReversed(path.join(REPO, "content"), path.join(b, "content"));

  // Machine A: the command line, UTC, the wall clock of today.
  const run = spawnSync(process.execPath, [path.join(REPO, "bin", "dateline.js"), "build"], {
    cwd: a,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: process.env.TMPDIR, TZ: "UTC", LANG: "C", SOURCE_DATE_EPOCH: EPOCH },
    encoding: "utf8",
  });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  first = await outputHashes(path.join(a, "_site"));

  // Machine B: in this process, fourteen hours ahead of UTC, its clock six years on, another output folder.
  const tz = process.env.TZ;
  process.env.TZ = "Pacific/Kiritimati";
  vi.useFakeTimers({ toFake: ["Date"], now: new Date("2031-06-01T03:04:05Z") });
  try {
    const outcome = await buildCommand(
      { root: b, templates: path.join(REPO, "templates"), public: path.join(REPO, "public"), out: path.join(b, "public_html") },
      { drafts: false, future: false, now: buildTime({ SOURCE_DATE_EPOCH: EPOCH }) },
    );
    expect(outcome.ok).toBe(true);
  } finally {
    vi.useRealTimers();
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  }
  second = await outputHashes(path.join(b, "public_html"));
}, 300_000);
afterAll(() => rm(jail, { recursive: true, force: true }));

it("writes the same files", () => {
  expect([...second.keys()]).toEqual([...first.keys()]);
  expect(first.size).toBeGreaterThan(50);
});

it("writes the same bytes in every file", () => {
  const differing = [...first].filter(([file, hash]) => second.get(file) !== hash).map(([file]) => file);
  expect(differing).toEqual([]);
});
