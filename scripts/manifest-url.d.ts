// Types for manifest-url.js (plain CommonJS, since webpack.config.js requires it), for the TypeScript tests.

export declare const DEV_BASE_URL: string;

/** Replaces every occurrence of `from` (default DEV_BASE_URL) by `baseUrl`; `count` is how many were replaced. */
export declare function rewriteManifestUrls(
  manifestXml: string,
  baseUrl: string,
  from?: string
): { text: string; count: number };

/** The production base URL from ADDIN_BASE_URL's value; a warning and the dev URL when unset. Throws if invalid. */
export declare function productionBaseUrl(value: string | undefined): {
  baseUrl: string;
  warning?: string;
};
