// Reads the optional `related:` block of site.yaml over the documented defaults.
import { RELATED_DEFAULTS, type RelatedOptions, type RelatedWeights } from "../related/options.ts";
import { FieldReader } from "./fields.ts";

export type NumberRule = { min: number; max: number; integer?: boolean };

const RULES: Record<Exclude<keyof RelatedOptions, "weights">, NumberRule> = {
  halfLifeDays: { min: 0.01, max: 36500 },
  limit: { min: 1, max: 100, integer: true },
  minScore: { min: 0, max: 100 },
  fallback: { min: 0, max: 100, integer: true },
  duplicateSimilarity: { min: 0, max: 1 },
  diversity: { min: 0, max: 1 },
};

export function readRelatedOptions(site: FieldReader): RelatedOptions {
  if (!site.has("related")) return RELATED_DEFAULTS;
  const block = site.child("related", "a mapping of related-reading settings");
  if (!block) return RELATED_DEFAULTS;
  const options: RelatedOptions = { ...RELATED_DEFAULTS, weights: { ...RELATED_DEFAULTS.weights } };
  for (const key of Object.keys(RULES) as (keyof typeof RULES)[]) {
    const value = readNumber(block, key, RULES[key]);
    if (value !== undefined) options[key] = value;
  }
  if (block.has("weights")) {
    const weights = block.child("weights", "a mapping of signal weights");
    for (const key of Object.keys(RELATED_DEFAULTS.weights) as (keyof RelatedWeights)[]) {
      const value = weights && readNumber(weights, key, { min: 0, max: 100 });
      if (value !== undefined) options.weights[key] = value;
    }
  }
  return options;
}

/** A number within `rule`'s bounds, or undefined (reported) when it is not; undefined when absent. */
export function readNumber(reader: FieldReader, key: string, rule: NumberRule): number | undefined {
  const value = reader.record[key];
  if (value === undefined || value === null) return undefined;
  const ok = typeof value === "number" && Number.isFinite(value) && value >= rule.min && value <= rule.max && (!rule.integer || Number.isInteger(value));
  if (!ok) {
    reader.report("invalid-value", [key], `${rule.integer ? "a whole number" : "a number"} from ${rule.min} to ${rule.max}`, value);
    return undefined;
  }
  return value as number;
}
