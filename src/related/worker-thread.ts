// One worker thread for related reading on a large archive: it takes a share of tokenizing and of
// ranking. The main thread keeps the synchronous API: it waits on shared memory (Atomics) and
// reads replies with receiveMessageOnPort, never through its event loop. Anything that goes wrong
// with the worker only leaves its share to the main thread; the results are the same.
import { buildSync } from "esbuild";
import path from "node:path";
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";
import { PACKAGE_ROOT } from "../package-root.ts";
import type { RankJob } from "./rank-chunks.ts";
import { bodyStart, type TextSource, type TokenizedPart } from "./tokenize-texts.ts";

export type WorkerJob = { kind: "tokenize"; docs: TextSource[]; bodyCharacters: number; done: Int32Array } | { kind: "rank"; job: RankJob };

/** The longest wait for the worker's share of tokenizing, beyond the main thread's own time for its share. */
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
      workerSource ??= buildSync({
        entryPoints: [path.join(PACKAGE_ROOT, "src", "related", "related-worker.ts")],
        bundle: true,
        write: false,
        format: "cjs",
        platform: "node",
        target: "node20",
        logLevel: "silent",
      }).outputFiles[0]!.text;
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

  /** Starts tokenizing `docs` in the worker; the function returned waits for the result (undefined if none came). */
  tokenize(docs: readonly TextSource[], bodyCharacters: number): (ownMs: number) => TokenizedPart | undefined {
    const done = new Int32Array(new SharedArrayBuffer(4));
    try {
      this.port.postMessage({ kind: "tokenize", docs: docs.map(({ title, dek, body }) => ({ title, dek, body: bodyStart(body, bodyCharacters) })), bodyCharacters, done } satisfies WorkerJob);
    } catch {
      return () => undefined;
    }
    return (ownMs) => {
      if (Atomics.wait(done, 0, 0, ownMs + PATIENCE_MS) === "timed-out") return undefined;
      return receiveMessageOnPort(this.port)?.message as TokenizedPart | undefined;
    };
  }

  rank(job: RankJob): void {
    try {
      this.port.postMessage({ kind: "rank", job } satisfies WorkerJob);
    } catch {
      // The main thread ranks every chunk.
    }
  }

  stop(): void {
    this.port.close();
    void this.worker.terminate();
  }
}
