/*
 * Vitest setup: the plugin announces isolated mode once per process on stderr (eslint-plugin/bridge/
 * announce-mode.ts), which many tests ask for on purpose, so `npm test` printed the notice from
 * every worker. Those lines are held back here; everything else on stderr still shows, and
 * PIPL_GUARD_DEBUG=1 shows them too. A test that spies on stderr replaces this writer and sees
 * every notice (resolve-analysis-source.test.ts asserts them).
 */
const write = process.stderr.write.bind(process.stderr);
const notice = /^pipl-guard: (isolated|shared) mode: /;

if (process.env["PIPL_GUARD_DEBUG"] !== "1") {
  process.stderr.write = ((chunk: unknown, ...rest: unknown[]) =>
    typeof chunk === "string" && notice.test(chunk)
      ? true
      : (write as (...args: unknown[]) => boolean)(chunk, ...rest)) as typeof process.stderr.write;
}
