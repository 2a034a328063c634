// `dateline build`: validate everything, then write the whole site or nothing.
import type { BuildOptions } from "../model.ts";
import { runPipeline } from "../pipeline.ts";
import { writeSite, type SitePaths } from "../emit/write-site.ts";
import { formatReport, plural } from "./report.ts";

export interface BuildOutcome {
  ok: boolean;
  pages: number;
  report: string;
}

export async function buildCommand(paths: SitePaths, options: BuildOptions): Promise<BuildOutcome> {
  const { model, problems } = await runPipeline(paths.root, options);
  const report = formatReport(problems);
  if (!model) return { ok: false, pages: 0, report };
  const pages = await writeSite(model, paths);
  const warnings = problems.filter((p) => p.severity === "warning").length;
  const summary = `Built ${plural(model.articles.length, "article")} (${plural(pages, "page")}) into ${paths.out}${warnings ? `, ${plural(warnings, "warning")}` : ""}.`;
  return { ok: true, pages, report: report ? `${report}\n\n${summary}` : summary };
}
