// The slice of Eleventy's API Dateline uses; Eleventy ships JSDoc, not declarations.
declare module "@11ty/eleventy" {
  export interface UserConfig {
    addGlobalData(name: string, data: unknown): void;
    addFilter(name: string, filter: (...args: any[]) => unknown): void;
    addTransform(name: string, transform: (this: { page: { outputPath: string | false } }, content: string) => string): void;
    addPassthroughCopy(paths: string | Record<string, string>): void;
    addWatchTarget(path: string): void;
    on(event: string, callback: (...args: any[]) => unknown): void;
    setTemplateFormats(formats: string[]): void;
    setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
    setQuietMode(quiet: boolean): void;
    setDataDeepMerge(deep: boolean): void;
    ignores: { add(glob: string): void };
  }
  export interface EleventyOptions {
    quietMode?: boolean;
    configPath?: string;
    config?: (config: UserConfig) => void | Promise<void>;
  }
  export default class Eleventy {
    constructor(input: string, output: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    disableLogger(): void;
  }
}

declare module "@11ty/eleventy-dev-server" {
  interface DevServer {
    serve(port: number): void;
    reload(event?: Record<string, unknown>): void;
    close(): Promise<void>;
  }
  const EleventyDevServer: { getServer(name: string, dir: string, options?: Record<string, unknown>): DevServer };
  export default EleventyDevServer;
}
