// URL slugs: lower-case ASCII letters, digits and single hyphens.

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Latin letters that NFKD does not split into a base letter and an accent. */
const LETTERS: Record<string, string> = { ß: "ss", æ: "ae", œ: "oe", ø: "o", ł: "l", đ: "d", ð: "d", þ: "th", ı: "i" };

/** Turns a display name or a loosely written tag into a slug: "New START" → "new-start". */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => LETTERS[letter] ?? letter)
    .replace(/&/g, " and ")
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * What a tag as written is looked up by: its slug, or, for a tag with no Latin letter or digit
 * (台风, Россия), the text itself in one form (NFKC, lower case, single spaces), so that
 * tags.yaml can give it a slug through its name or an alias. Empty for a tag with no letters at all.
 */
export function tagKey(written: string): string {
  const slug = slugify(written);
  if (slug) return slug;
  const text = written.normalize("NFKC").toLowerCase().trim().replace(/\s+/g, " ");
  return /[\p{L}\p{N}]/u.test(text) ? text : "";
}

export function isSlug(text: string): boolean {
  return SLUG_PATTERN.test(text);
}
