// The corrected twin of ../violations/order-export.ts: nothing here should be reported.
import { createWriteStream } from "node:fs";
import { writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { Order } from "../model/order.js";
import { maskMobile, redact } from "../privacy/mask.js";

/** Export orders as CSV for the operations team: masked, which is all they need. */
export async function exportOrdersCsv(orders: Order[], path: string): Promise<void> {
  const rows = orders.map(
    (o) => `${o.orderNo},${redact(o.receiverName)},${maskMobile(o.receiverMobile)}`,
  );
  // ✅ silent: every PI field went through a sanitizer (redact, maskMobile) before join().
  await writeFile(path, ["orderNo,name,mobile", ...rows].join("\n"), "utf8");
}

/** Export order figures as an Excel workbook: no PI at all. */
export async function exportOrdersExcel(orders: Order[], path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("orders");
  for (const order of orders) {
    // ✅ silent: `faceValue` is the coupon's value in fen, not a face; amounts are not PI.
    sheet.addRow([order.orderNo, order.amount, order.faceValue]);
  }
  await workbook.xlsx.writeFile(path);
}

/**
 * Write the courier hand-off file.
 *
 * @pipl-basis contract the courier needs the receiver's name, phone and address to deliver
 *   the order the buyer placed (PIPL Art. 13(2))
 */
export function appendCourierFile(orders: Order[], path: string): void {
  const out = createWriteStream(path, { flags: "a" });
  for (const order of orders) {
    // ✅ silent: necessary for the contract declared above; the scanner records the basis.
    out.write(order.receiverName + "," + order.receiverMobile + "," + order.shippingAddress + "\n");
  }
  out.end();
}
