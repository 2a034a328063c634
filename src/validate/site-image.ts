// The images site.yaml names: `defaultImage` (social cards for stories without a picture) and
// `publisher.logo`. Each is a file under content/images/ or an https URL, like an article's image.
import type { Image } from "../model.ts";
import type { FieldReader } from "./fields.ts";

const WHAT = "an image path under images/ or an https URL";

/** `images` lists the files under content/images/; without it, paths are not checked for existence. */
export function readDefaultImage(site: FieldReader, images: Set<string> | undefined): Image | undefined {
  if (!site.has("defaultImage")) return undefined;
  const entry = site.child("defaultImage", "a mapping with src and alt");
  if (!entry) return undefined;
  const src = entry.string("src", { required: true, what: WHAT });
  // Unlike an article's image, a default image is never decorative: it stands for the story.
  const alt = entry.string("alt", { required: true, what: "alt text describing the image" });
  const url = src === undefined ? undefined : imageUrl(entry, "src", src, images);
  return url !== undefined && alt !== undefined ? { src: src!, url, alt } : undefined;
}

/** The logo as written (`images/logo.svg` or an https URL), once it is known to exist. */
export function readLogo(publisher: FieldReader, images: Set<string> | undefined): string | undefined {
  const logo = publisher.string("logo", { what: WHAT });
  return logo !== undefined && imageUrl(publisher, "logo", logo, images) !== undefined ? logo : undefined;
}

function imageUrl(reader: FieldReader, field: string, src: string, images: Set<string> | undefined): string | undefined {
  if (/^https:\/\/[^\s/]/i.test(src)) return src;
  const normal = src.replace(/^\/+/, "");
  if (normal.split("/").some((part) => part === ".." || part === ".") || !normal.startsWith("images/") || /^[a-z][a-z0-9+.-]*:/i.test(src)) {
    reader.report("invalid-value", [field], "a path inside content/images/ (e.g. images/logo.png) or an https URL", JSON.stringify(src));
    return undefined;
  }
  if (images && !images.has(normal)) {
    reader.report("missing-image", [field], "an image file in content/images/", JSON.stringify(src), `no file content/${normal}`);
    return undefined;
  }
  return `/${normal}`;
}
