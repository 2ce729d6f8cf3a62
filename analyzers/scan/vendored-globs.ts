/*
 * Paths of generated code, left out of a scan by default (issue 21): build output, coverage
 * reports and bundles, often megabytes that no person wrote. TypeScript's own file listing already
 * leaves out \`node_modules\`, \`bower_components\`, \`jspm_packages\` and \`*.min.js\` wherever
 * they are (so they are never scanned). In tsconfig \`exclude\` syntax; the summary counts the files
 * these leave out, and \`--include-vendored\` scans them. Content checks (scan/unreadable-source.ts)
 * catch the bundles these names miss.
 */

/** Globs of generated files, relative to the scan root. */
export const vendoredGlobs: readonly string[] = [
  "**/dist",
  "**/coverage",
  "**/*.min.mjs",
  "**/*.min.cjs",
  "**/*.bundle.js",
];
