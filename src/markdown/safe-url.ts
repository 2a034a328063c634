// Link and image URLs allowed in article bodies: web, mail and site-relative addresses only.

const ALLOWED_SCHEMES = new Set(["http", "https", "mailto", "tel"]);

export function isSafeUrl(url: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, "").toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact);
  return scheme === null || ALLOWED_SCHEMES.has(scheme[1]!);
}
