// Eleventy's own entry point, for running Eleventy directly:
//   node --import tsx node_modules/@11ty/eleventy/cmd.cjs --config=eleventy.config.ts
// It only wires: the pipeline builds the site model, Eleventy renders templates/ with it.
// `dateline build` uses the same wiring, writes atomically and copies public/ itself.
import type { UserConfig } from "@11ty/eleventy";
import { formatReport } from "./src/cli/report.ts";
import { buildOptions } from "./src/cli/options.ts";
import { configureEleventy } from "./src/emit/configure-eleventy.ts";
import { processImages } from "./src/emit/images.ts";
import { buildSearchIndex } from "./src/emit/search-index.ts";
import { runPipeline } from "./src/pipeline.ts";

export default async function (eleventyConfig: UserConfig) {
  const { model, problems } = await runPipeline(process.cwd(), buildOptions({}, process.env));
  if (!model) throw new Error(`content errors:\n\n${formatReport(problems)}`);
  configureEleventy(eleventyConfig, model);
  eleventyConfig.addPassthroughCopy({ public: "/", "content/images": "images" });
  // The stylesheet and script again under their hashed names, which the pages link to.
  for (const [name, url] of Object.entries(model.assets ?? {})) eleventyConfig.addPassthroughCopy({ [`public/${name}`]: url.slice(1) });
  // Then the files `dateline build` adds after the pages: the images' renditions and the search index.
  eleventyConfig.on("eleventy.after", async () => {
    await processImages(model, { root: process.cwd(), templates: "templates", public: "public", out: "_site" }, "_site");
    await buildSearchIndex("_site");
  });
  return { dir: { input: "templates", output: "_site" } };
}
