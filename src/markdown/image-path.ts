// Which image addresses in an article body name files under content/images/.

/**
 * The content-relative path of an image under content/images/ (`images/x.png`), written as
 * `images/x.png`, `/images/x.png` or `../images/x.png` (which also works in editors' previews);
 * `undefined` for anything else.
 */
export function localImagePath(written: string): string | undefined {
  const match = /^(?:\/|\.\.\/)?(images\/.+)$/.exec(decodeSafely(written));
  if (!match) return undefined;
  const path = match[1]!;
  return path.split("/").some((part) => part === ".." || part === "." || part === "") ? undefined : path;
}

/** Addresses the browser resolves against the page: they would break on an article's own URL. */
export function isPageRelative(written: string): boolean {
  return !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(written);
}

/** markdown-it percent-encodes addresses (`my photo.png` → `my%20photo.png`); file names are not. */
export function decodeSafely(src: string): string {
  try {
    return decodeURI(src);
  } catch {
    return src;
  }
}
