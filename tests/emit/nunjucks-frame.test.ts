// The faster Frame.set (src/emit/nunjucks-frame.ts) leaves every frame as Nunjucks' own would.
import nunjucks from "nunjucks";
import { describe, expect, it } from "vitest";
import { frameSet, nunjucksFrameSet } from "../../src/emit/nunjucks-frame.ts";

type AnyFrame = { variables: Record<string, unknown>; parent?: AnyFrame; push(isolate?: boolean): AnyFrame; set(n: string, v: unknown, r?: boolean): void };
const Frame = (nunjucks as unknown as { runtime: { Frame: new (parent?: AnyFrame, isolate?: boolean) => AnyFrame } }).runtime.Frame;

/** Runs the same sets on two fresh frame chains, one with each `set`, and returns both chains' variables. */
function both(steps: (frames: AnyFrame[], set: (frame: AnyFrame, name: string, value: unknown, resolveUp?: boolean) => void) => void) {
  const run = (impl: typeof frameSet) => {
    const root = new Frame();
    const child = root.push();
    const isolated = child.push(true);
    steps([root, child, isolated], (frame, name, value, resolveUp) => impl.call(frame as never, name, value, resolveUp));
    return [root, child, isolated].map((f) => JSON.parse(JSON.stringify(f.variables)) as unknown);
  };
  return { ours: run(frameSet), theirs: run(nunjucksFrameSet as typeof frameSet) };
}

describe("frameSet", () => {
  it.each<[string, Parameters<typeof both>[0]]>([
    ["a plain name", ([root], set) => set(root!, "title", "A")],
    ["a loop variable", ([, child], set) => (set(child!, "loop.index", 1), set(child!, "loop.first", true))],
    ["a deeper path", ([root], set) => set(root!, "a.b.c", 3)],
    ["a path over an existing object", ([root], set) => (set(root!, "a", { x: 1 }), set(root!, "a.y", 2))],
    ["a path over a falsy value", ([root], set) => (set(root!, "a", 0), set(root!, "a.y", 2))],
    ["resolveUp to the frame that has the name", ([root, child], set) => (set(root!, "total", 1), set(child!, "total", 2, true))],
    ["resolveUp of a dotted name", ([root, child], set) => (set(root!, "page", { n: 1 }), set(child!, "page.n", 2, true))],
    ["resolveUp with no frame having it", ([, child], set) => set(child!, "fresh", 1, true)],
    ["resolveUp stopped by an isolated frame", ([root, , isolated], set) => (set(root!, "x", 1), set(isolated!, "x", 2, true))],
    ["an empty segment", ([root], set) => set(root!, "a..b", 1)],
  ])("sets %s as Nunjucks does", (_, steps) => {
    const { ours, theirs } = both(steps);
    expect(ours).toEqual(theirs);
  });

  it("is the set Nunjucks frames use once rendering is loaded", async () => {
    await import("../../src/emit/render-pages.ts");
    expect(new Frame().set).toBe(frameSet);
  });
});
