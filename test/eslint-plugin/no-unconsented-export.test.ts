import rule from "../../eslint-plugin/rules/no-unconsented-export.js";
import { noUnconsentedExport } from "../../analyzers/rules/no-unconsented-export.js";
import { reports, runSinkRuleTests, silent } from "./support/rule-tester.js";

const valid = [
  silent("an empty file", ""),
  silent(
    "a file written with non-PI columns",
    'import fs from "node:fs";\nexport function f(o: Order) {\n  fs.writeFileSync("orders.csv", `${o.orderId},${o.amount}`);\n}',
  ),
  silent(
    "masked columns joined into rows",
    'import fs from "node:fs";\nexport function f(orders: Order[]) {\n  const rows = orders.map((o) => `${redact(o.receiverName)},${maskMobile(o.receiverMobile)}`);\n  fs.writeFileSync("orders.csv", rows.join("\\n"));\n}',
  ),
  silent(
    "an export after consent for every category",
    'import fs from "node:fs";\nexport async function f(o: Order) {\n  await requireConsent(o.orderId, "name", "phone");\n  fs.writeFileSync("o.csv", `${o.receiverName},${o.receiverMobile}`);\n}',
  ),
  silent(
    "PI logged, not exported (another rule's sink)",
    "export function f(u: UserProfile) {\n  console.log(u.mobile);\n}",
  ),
  silent(
    "a SheetJS xlsx sheet built from rows with a masked value",
    'import * as XLSX from "xlsx";\nexport function f(u: UserProfile) {\n  return XLSX.utils.json_to_sheet([{ phone: maskMobile(u.mobile) }]);\n}',
  ),
  silent(
    "a SheetJS xlsx sheet built from rows after a consent check for the category",
    'import * as XLSX from "xlsx";\nexport function f(u: UserProfile) {\n  assertConsent(u.id, "phone");\n  return XLSX.utils.json_to_sheet([{ phone: u.mobile }]);\n}',
  ),
];

const invalid = [
  reports(
    "a SheetJS xlsx sheet built from rows",
    'import * as XLSX from "xlsx";\nexport function f(u: UserProfile) {\n  return XLSX.utils.json_to_sheet([{ phone: u.mobile }]);\n}',
    [
      "noConsent",
      3,
      45,
      { fields: ["u.mobile"], categories: ["contact.mobile"], sink: "XLSX.utils.json_to_sheet" },
    ],
  ),
  reports(
    "fs.writeFileSync with a PI row",
    'import fs from "node:fs";\nexport function f(o: Order) {\n  fs.writeFileSync("o.csv", `${o.receiverName},${o.receiverMobile}`);\n}',
    [
      "noConsent",
      3,
      29,
      {
        fields: ["o.receiverName", "o.receiverMobile"],
        categories: ["basic.name", "contact.mobile"],
        sink: "fs.writeFileSync",
      },
    ],
  ),
  reports(
    "the fs callback API",
    'import { writeFile } from "node:fs";\nexport function f(u: UserProfile) {\n  writeFile("u.txt", u.idNumber, () => {});\n}',
    [
      "noConsent",
      3,
      22,
      { fields: ["u.idNumber"], categories: ["identity.resident-id"], sink: "writeFile" },
    ],
  ),
  reports(
    "fs/promises appendFile",
    'import { appendFile } from "node:fs/promises";\nexport async function f(u: UserProfile) {\n  await appendFile("u.txt", u.mobile);\n}',
    [
      "noConsent",
      3,
      29,
      { fields: ["u.mobile"], categories: ["contact.mobile"], sink: "appendFile" },
    ],
  ),
  reports(
    "a write stream",
    'import fs from "node:fs";\nexport function f(u: UserProfile) {\n  const out = fs.createWriteStream("u.csv");\n  out.write(JSON.stringify(u));\n}',
    [
      "noConsent",
      4,
      13,
      {
        fields: ["u.wechat.openid", "u.realName", "u.faceImage", "u.mobile", "u.idNumber"],
        categories: [
          "account.social",
          "basic.name",
          "biometric.face",
          "contact.mobile",
          "identity.resident-id",
        ],
        sink: "out.write",
      },
    ],
  ),
  reports(
    "rows joined from an array callback",
    'import fs from "node:fs";\nexport function f(orders: Order[]) {\n  const rows = orders.map((o) => `${o.receiverName},${o.receiverMobile}`);\n  fs.writeFileSync("o.csv", rows.join("\\n"));\n}',
    [
      "noConsent",
      4,
      29,
      {
        fields: ["o.receiverName", "o.receiverMobile"],
        categories: ["basic.name", "contact.mobile"],
        sink: "fs.writeFileSync",
      },
    ],
  ),
  reports(
    "an exceljs row",
    'import { Workbook } from "exceljs";\nexport function f(o: Order) {\n  const sheet = new Workbook().addWorksheet("orders");\n  sheet.addRow([o.orderId, o.receiverName]);\n}',
    [
      "noConsent",
      4,
      16,
      { fields: ["o.receiverName"], categories: ["basic.name"], sink: "sheet.addRow" },
    ],
  ),
  reports(
    "a CSV writer",
    'import { stringify } from "csv-stringify/sync";\nexport function f(orders: Order[]) {\n  return stringify(orders.map((o) => [o.orderId, o.receiverMobile]));\n}',
    [
      "noConsent",
      3,
      20,
      { fields: ["o.receiverMobile"], categories: ["contact.mobile"], sink: "stringify" },
    ],
  ),
];

runSinkRuleTests(rule, noUnconsentedExport, { valid, invalid });
