import { describe, expect, it } from "vitest";
import { progressBar, progressThreshold } from "../../analyzers/cli/progress-bar.js";

function stream(isTTY: boolean) {
  const writes: string[] = [];
  return { isTTY, columns: 60, writes, write: (t: string) => writes.push(t) };
}

describe("progressBar", () => {
  it("draws on a TTY for a large project and clears the line at the end", () => {
    const s = stream(true);
    const bar = progressBar(s, progressThreshold);
    for (let i = 1; i <= progressThreshold; i++) bar.tick(i);
    bar.done();
    expect(s.writes[0]).toMatch(/^\r\[-+\] 1\/300 files$/);
    expect(s.writes.at(-2)).toMatch(/^\r\[#+\] 300\/300 files$/);
    expect(s.writes.at(-1)).toMatch(/^\r +\r$/);
    // Redrawn only when the bar changes, not once per file.
    expect(s.writes.length).toBeLessThan(50);
  });

  it("stays quiet when not a TTY (CI, pipes) or for a small project", () => {
    for (const [tty, total] of [
      [false, 5000],
      [true, progressThreshold - 1],
    ] as const) {
      const s = stream(tty);
      const bar = progressBar(s, total);
      bar.tick(1);
      bar.done();
      expect(s.writes).toEqual([]);
    }
  });
});
