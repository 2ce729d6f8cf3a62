// Order export to CSV and Excel, as first written. The receiver's name, phone and address are PI
// of someone who is often not the buyer; an export file leaves every access control behind (PIPL
// Art. 25 disclosure, Art. 51 security duties). Corrected twin: ../compliant/order-export.ts.
import { createWriteStream } from "node:fs";
import { writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { Order } from "../model/order.js";

/** Export orders as CSV for the operations team. */
export async function exportOrdersCsv(orders: Order[], path: string): Promise<void> {
  const rows = orders.map(
    (o) => `${o.orderNo},${o.receiverName},${o.receiverMobile},${o.shippingAddress}`,
  );
  // ❌ pipl/no-unconsented-export: o.receiverName (basic.name), o.receiverMobile (contact.mobile)
  // and o.shippingAddress (basic.address) flow through members.map(...) and join() into a file.
  await writeFile(path, ["orderNo,name,mobile,address", ...rows].join("\n"), "utf8");
}

/** Export orders as an Excel workbook. */
export async function exportOrdersExcel(orders: Order[], path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("orders");
  for (const order of orders) {
    // ❌ pipl/no-unconsented-export: order.receiverName (basic.name), order.receiverMobile
    // (contact.mobile) and order.shippingAddress (basic.address) become rows of the workbook.
    sheet.addRow([order.orderNo, order.receiverName, order.receiverMobile, order.shippingAddress]);
  }
  await workbook.xlsx.writeFile(path);
}

/** Dump orders as JSON for a data-warehouse backfill. */
export async function dumpOrdersJson(orders: Order[], path: string): Promise<void> {
  // ❌ pipl/no-unconsented-export: the whole array, so orders[0].receiverName (basic.name),
  // orders[0].receiverMobile (contact.mobile) and orders[0].shippingAddress (basic.address).
  await writeFile(path, JSON.stringify(orders));
}

/** Append orders to a courier hand-off file. */
export function appendCourierFile(orders: Order[], path: string): void {
  const out = createWriteStream(path, { flags: "a" });
  for (const order of orders) {
    const phone = String(order.receiverMobile);
    // ❌ pipl/no-unconsented-export: order.receiverName (basic.name) and phone, which is
    // String(order.receiverMobile) (contact.mobile), concatenated into a write stream.
    out.write(order.receiverName + "," + phone.toString() + "\n");
  }
  out.end();
}
