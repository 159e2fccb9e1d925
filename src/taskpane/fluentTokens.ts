/**
 * Fluent's `tokens` as the add-in's bundles get them (webpack.config.js puts this module in place of
 * @fluentui/tokens' table): each design token is the CSS variable of its own name, which FluentProvider sets from the
 * theme. Fluent's table spells out all 467 names twice, some 4 KB gzip in the pane's first load, for lookups that
 * give the same string; test/build/production.test.ts checks that both agree on every token.
 */
import type { tokens as FluentTokens } from "@fluentui/react-components";

/** The layers' z-indexes, the only tokens with a value of their own where the theme sets none. */
const Z_INDEX: Readonly<Record<string, number>> = {
  zIndexBackground: 0,
  zIndexContent: 1,
  zIndexOverlay: 1000,
  zIndexPopup: 2000,
  zIndexMessages: 3000,
  zIndexFloating: 4000,
  zIndexPriority: 5000,
  zIndexDebug: 6000,
};

function token(name: string): string {
  return name in Z_INDEX ? `var(--${name}, ${Z_INDEX[name]})` : `var(--${name})`;
}

export const tokens: typeof FluentTokens = new Proxy({} as typeof FluentTokens, {
  get: (_, name) => (typeof name === "string" ? token(name) : undefined),
});
