// A worker thread that ranks articles alongside the main thread (rank-parallel.ts): it takes
// chunks of articles from a shared counter until none is left, writing into shared output.
import { workerData } from "node:worker_threads";
import { rankChunks, type RankJob } from "./rank-chunks.ts";

rankChunks(workerData as RankJob);
