// Where the add-in is served from: the manifest names https://localhost:3000/ (the dev server);
// a production build rewrites every one of those URLs to the deployment's base URL.

const DEV_BASE_URL = "https://localhost:3000/";

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Replaces every occurrence of `from` in the manifest text by `baseUrl`.
 * @param {string} manifestXml
 * @param {string} baseUrl
 * @param {string} [from]
 * @returns {{ text: string, count: number }} the rewritten text and how many URLs were replaced
 */
function rewriteManifestUrls(manifestXml, baseUrl, from = DEV_BASE_URL) {
  let count = 0;
  // A replacer function, so "$" in a base URL is taken literally.
  const text = manifestXml.replace(new RegExp(escapeRegExp(from), "g"), () => {
    count++;
    return baseUrl;
  });
  return { text, count };
}

/**
 * Reads the production base URL from ADDIN_BASE_URL.
 * @param {string | undefined} value the variable's value
 * @returns {{ baseUrl: string, warning?: string }}
 */
function productionBaseUrl(value) {
  if (value === undefined || value.trim() === "") {
    return {
      baseUrl: DEV_BASE_URL,
      warning:
        `ADDIN_BASE_URL is not set: dist/manifest.xml keeps ${DEV_BASE_URL}. ` +
        "Set it to the https address the add-in is deployed at, e.g. ADDIN_BASE_URL=https://example.org/cds/",
    };
  }
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`ADDIN_BASE_URL is not a URL: ${value}`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`ADDIN_BASE_URL must be an https URL (Office requires it): ${value}`);
  }
  if (url.search || url.hash) {
    throw new Error(`ADDIN_BASE_URL must not have a query or fragment: ${value}`);
  }
  const href = url.href;
  return { baseUrl: href.endsWith("/") ? href : `${href}/` };
}

module.exports = { DEV_BASE_URL, rewriteManifestUrls, productionBaseUrl };
