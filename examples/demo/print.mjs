// Console output helpers for the demo: headings, indented lines and a "not built yet" notice.
import process from "node:process";

const useColour = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code) => (text) => (useColour ? `\u001b[${code}m${text}\u001b[0m` : text);

export const bold = paint("1");
export const dim = paint("2");
export const red = paint("31");
export const green = paint("32");
export const yellow = paint("33");

/** Print a numbered section heading. */
export function heading(step, title) {
  console.log(`\n${bold(`${step}. ${title}`)}`);
  console.log(dim("─".repeat(Math.min(100, title.length + 4))));
}

/** Print a line indented under the current heading. */
export function line(text = "") {
  console.log(text === "" ? "" : `   ${text}`);
}

/** Say that a part of the product is missing, and how to get it, without failing the demo. */
export function notBuilt(part, missing, hint) {
  line(yellow(`${part}: not built yet (${missing} is missing).`));
  if (hint) line(dim(hint));
}
