// A minimal reproduction, without ESLint, of what support/eslint-file-context-fix.mjs works around:
// V8 keeps an object that has served as a prototype, and all it references, past young-generation
// GCs, so short-lived data behind it is promoted and freed only by full GCs.
//   node test/bench/support/prototype-retention-repro.mjs copy    # context copied: fast
//   node test/bench/support/prototype-retention-repro.mjs proto   # context as prototype: slow
// Add --trace-gc to count the GCs. The prototype version takes longer because of full GCs the copy
// never needs (figures: docs/performance.md).
import { performance } from "node:perf_hooks";

const mode = process.argv[2] === "proto" ? "proto" : "copy";
let read = 0;
const started = performance.now();
for (let i = 0; i < 20000; i++) {
  // Stands for one file's parse, reachable from its context the way SourceCode is.
  const data = Array.from({ length: 2000 }, (_, j) => ({ j }));
  const fileContext = Object.freeze({ data, i });
  const ruleContext =
    mode === "proto"
      ? Object.freeze(Object.assign(Object.create(fileContext), { id: "rule" }))
      : Object.freeze({ ...fileContext, id: "rule" });
  read += ruleContext.data.length;
}
console.log(`${mode}: ${Math.round(performance.now() - started)} ms (${read} reads)`);
