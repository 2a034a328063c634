// Language tags in the spellings other formats want: Open Graph locales and Google News languages.

/** `en-US` → `en_US` (Open Graph's language_TERRITORY); a tag without a region stays the language. */
export function ogLocale(lang: string): string {
  const [language = "en", ...rest] = lang.split("-");
  const region = rest.find((part) => /^[A-Za-z]{2}$/.test(part));
  return region ? `${language.toLowerCase()}_${region.toUpperCase()}` : language.toLowerCase();
}

/**
 * Google News wants the ISO 639 code alone (`en`, `uk`), except for Chinese, which must say
 * `zh-cn` (simplified) or `zh-tw` (traditional).
 */
export function newsLanguage(lang: string): string {
  const parts = lang.toLowerCase().split("-");
  const language = parts[0] ?? "en";
  if (language !== "zh") return language;
  return parts.some((p) => p === "hant" || p === "tw" || p === "hk" || p === "mo") ? "zh-tw" : "zh-cn";
}
