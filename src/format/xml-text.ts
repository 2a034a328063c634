// Text that XML 1.0 can carry: control characters and unpaired surrogates would make a feed or
// sitemap unreadable to every parser, so they are dropped rather than escaped (XML has no escape).

const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(text: string): string {
  return text.replace(NOT_XML, "");
}
