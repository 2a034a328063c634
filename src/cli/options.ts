// Reads build options from flags and the environment (BASE_URL, PATH_PREFIX, SOURCE_DATE_EPOCH).
import type { BuildOptions } from "../model.ts";
import { normalizePathPrefix } from "../format/path-prefix.ts";

export class UsageError extends Error {}

export function buildTime(env: NodeJS.ProcessEnv): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === "") return new Date();
  if (!/^\d+$/.test(epoch)) throw new UsageError(`SOURCE_DATE_EPOCH must be whole seconds since 1970, got ${JSON.stringify(epoch)}`);
  return new Date(Number(epoch) * 1000);
}

export function buildOptions(flags: { drafts?: boolean; future?: boolean; "base-url"?: string; "path-prefix"?: string }, env: NodeJS.ProcessEnv): BuildOptions {
  const baseUrl = flags["base-url"] ?? (env.BASE_URL || undefined);
  if (baseUrl !== undefined && !(/^https?:\/\/[^\s/]/i.test(baseUrl) && URL.canParse(baseUrl))) {
    throw new UsageError(`--base-url (or BASE_URL) must be an absolute http(s) URL, got ${JSON.stringify(baseUrl)}`);
  }
  const prefixRaw = flags["path-prefix"] ?? (env.PATH_PREFIX || undefined);
  const pathPrefix = prefixRaw === undefined ? undefined : normalizePathPrefix(prefixRaw);
  if (prefixRaw !== undefined && pathPrefix === undefined) {
    throw new UsageError(`--path-prefix (or PATH_PREFIX) must be a URL path such as /news/, got ${JSON.stringify(prefixRaw)}`);
  }
  return { drafts: flags.drafts ?? false, future: flags.future ?? false, now: buildTime(env), baseUrl, ...(pathPrefix !== undefined ? { pathPrefix } : {}) };
}
