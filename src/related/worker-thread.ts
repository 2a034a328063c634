// One worker thread for related reading on a large archive: it takes a share of tokenizing and of
// ranking. The main thread keeps the synchronous API: it waits on shared memory (Atomics) and
// reads replies with receiveMessageOnPort, never through its event loop. Anything that goes wrong
// with the worker only leaves its share to the main thread; the results are the same.
import { buildSync } from "esbuild";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";
import { PACKAGE_ROOT } from "../package-root.ts";
import type { RankJob } from "./rank-chunks.ts";
import type { RemoteCounts, VectorJob } from "./text-model.ts";
import { bodyStart, type TextSource } from "./tokenize-texts.ts";
import { FINISHED_JOB, WORKING, type WorkerJob } from "./worker-jobs.ts";

/** The longest wait for the worker's share of tokenizing or vectors, beyond the main thread's own time for its share. */
const PATIENCE_MS = 5000;

let workerSource: string | undefined;

export class RelatedWorker {
  private constructor(
    private readonly worker: Worker,
    private readonly port: MessagePort,
  ) {}

  /**
   * The worker runs related-worker.ts bundled into one script: the same code whether Dateline
   * runs from its TypeScript sources or from its bundle, with no loader in the worker.
   * Undefined when it cannot start.
   */
  static start(): RelatedWorker | undefined {
    try {
      workerSource ??= workerScript();
      const { port1, port2 } = new MessageChannel();
      const worker = new Worker(workerSource, { eval: true, workerData: { port: port2 }, transferList: [port2], execArgv: [] });
      worker.on("error", () => {});
      worker.unref();
      port1.unref();
      return new RelatedWorker(worker, port1);
    } catch {
      return undefined;
    }
  }

  /**
   * Starts tokenizing `docs` in the worker, which keeps their counts; the function returned waits
   * for their vocabulary and document frequencies (undefined if none came).
   */
  tokenize(docs: readonly TextSource[], bodyCharacters: number): (ownMs: number) => RemoteCounts | undefined {
    const done = new Int32Array(new SharedArrayBuffer(4));
    if (!this.post({ kind: "tokenize", docs: docs.map(({ title, dek, body }) => ({ title, dek, body: bodyStart(body, bodyCharacters) })), bodyCharacters, done })) return () => undefined;
    return (ownMs) => (this.finished(done, ownMs) ? (receiveMessageOnPort(this.port)?.message as RemoteCounts | undefined) : undefined);
  }

  /** Has the worker write the vectors of the articles it tokenized into the job's shared arrays; the function returned waits and says whether it did. */
  vectors(job: VectorJob): (ownMs: number) => boolean {
    const done = new Int32Array(new SharedArrayBuffer(4));
    if (!this.post({ kind: "vectors", job, done })) return () => false;
    return (ownMs) => this.finished(done, ownMs);
  }

  private post(job: WorkerJob): boolean {
    try {
      this.port.postMessage(job);
      return true;
    } catch {
      return false;
    }
  }

  /** Waits for a job to end, at most PATIENCE_MS beyond the main thread's own time for its share; whether it finished. */
  private finished(done: Int32Array, ownMs: number): boolean {
    Atomics.wait(done, 0, WORKING, ownMs + PATIENCE_MS);
    return Atomics.load(done, 0) === FINISHED_JOB;
  }

  rank(job: RankJob): void {
    // If it cannot be posted, the main thread ranks every chunk.
    this.post({ kind: "rank", job });
  }

  stop(): void {
    this.port.close();
    void this.worker.terminate();
  }
}

/** Where the bundled worker is kept between runs, with the digest of every source file it was built from. */
export const WORKER_CACHE = path.join(PACKAGE_ROOT, "node_modules", ".cache", "dateline", "related-worker.json");

interface CachedScript {
  /** Source file (relative to the package root) → SHA-256 of its content. */
  inputs: Record<string, string>;
  script: string;
}

/**
 * The worker's script: the bundle kept from an earlier run when none of its sources changed since,
 * else bundled afresh (esbuild in a child process, about 0.1 s: a twentieth of ranking 10,000
 * articles) and kept. A cache that cannot be read or written only means bundling every time.
 */
export function workerScript(cacheFile = WORKER_CACHE): string {
  const digest = (file: string) => createHash("sha256").update(readFileSync(path.join(PACKAGE_ROOT, file))).digest("hex");
  try {
    const cached = JSON.parse(readFileSync(cacheFile, "utf8")) as CachedScript;
    const inputs = Object.entries(cached.inputs);
    if (inputs.length > 0 && typeof cached.script === "string" && inputs.every(([file, sum]) => digest(file) === sum)) return cached.script;
  } catch {
    // No usable cache: bundle.
  }
  const result = buildSync({
    entryPoints: [path.join(PACKAGE_ROOT, "src", "related", "related-worker.ts")],
    absWorkingDir: PACKAGE_ROOT,
    bundle: true,
    write: false,
    metafile: true,
    format: "cjs",
    platform: "node",
    target: "node20",
    logLevel: "silent",
  });
  const script = result.outputFiles[0]!.text;
  try {
    const inputs = Object.fromEntries(Object.keys(result.metafile.inputs).map((file) => [file, digest(file)]));
    mkdirSync(path.dirname(cacheFile), { recursive: true });
    // Written whole, then renamed: a run that reads it at the same moment sees the old file or the new one.
    const temporary = `${cacheFile}.${process.pid}`;
    writeFileSync(temporary, JSON.stringify({ inputs, script } satisfies CachedScript));
    renameSync(temporary, cacheFile);
  } catch {
    // Not kept: the next run bundles again.
  }
  return script;
}
