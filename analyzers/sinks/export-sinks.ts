// Export sinks: data written out of the system to files and spreadsheets. Sources: Node.js `fs`
// docs (sync, callback, promises, streams), exceljs 4, SheetJS xlsx 0.18, json2xls 0.1, node-xlsx 0.24, csv-stringify 6, fast-csv 5,
// json2csv 6. PIPL Art. 25 (disclosure) and Art. 51 (security measures): an exported file leaves
// access control behind.
import type { SinkSpec } from "./sink-spec.js";

const fsWrites = [
  "writeFile",
  "writeFileSync",
  "appendFile",
  "appendFileSync",
  "write",
  "writeSync",
  "promises.writeFile",
  "promises.appendFile",
];

/** Built-in export sinks. */
export const exportSinks: readonly SinkSpec[] = [
  {
    id: "fs-write",
    label: "file write (fs)",
    kind: "export",
    match: [
      { module: "fs", calls: fsWrites },
      { module: "fs/promises", calls: ["writeFile", "appendFile"] },
      {
        receiverType: "FileHandle",
        module: "fs/promises",
        methods: ["write", "writeFile", "appendFile"],
      },
    ],
    arguments: { from: 1 },
  },
  {
    id: "fs-write-stream",
    label: "file write stream (fs.createWriteStream)",
    kind: "export",
    match: [
      { module: "fs", calls: ["createWriteStream().write", "createWriteStream().end"] },
      { receiverType: "WriteStream", module: "fs", methods: ["write", "end"] },
    ],
  },
  {
    id: "exceljs",
    label: "Excel workbook (exceljs)",
    kind: "export",
    match: [
      {
        receiverType: "Worksheet",
        module: "exceljs",
        methods: ["addRow", "addRows", "insertRow", "insertRows", "getCell"],
      },
      { receiverType: "Row", module: "exceljs", methods: ["getCell"] },
      // Untyped code (exceljs not installed where it is scanned): the same calls by their path.
      {
        module: "exceljs",
        calls: ["addRow", "addRows", "insertRow", "insertRows"].flatMap((m) => [
          `Workbook().addWorksheet().${m}`,
          `Workbook().getWorksheet().${m}`,
          `stream.xlsx.WorkbookWriter().addWorksheet().${m}`,
        ]),
      },
    ],
  },
  {
    id: "xlsx",
    label: "spreadsheet (SheetJS xlsx)",
    kind: "export",
    match: [
      {
        module: "xlsx",
        calls: [
          "utils.json_to_sheet",
          "utils.aoa_to_sheet",
          "utils.sheet_add_json",
          "utils.sheet_add_aoa",
          "writeFile",
          "write",
        ],
      },
    ],
  },
  {
    id: "xlsx-builder",
    label: "spreadsheet builder (json2xls, node-xlsx)",
    kind: "export",
    // Both turn rows into a workbook that is then written or sent as a file.
    match: [
      { module: "json2xls", calls: [""] },
      { module: "node-xlsx", calls: ["build", "default.build"] },
    ],
  },
  {
    id: "csv-writer",
    label: "CSV writer",
    kind: "export",
    match: [
      { module: "csv-stringify", calls: ["stringify", "", "stringify().write"] },
      { module: "csv-stringify/sync", calls: ["stringify"] },
      {
        module: "fast-csv",
        calls: [
          "write",
          "writeToPath",
          "writeToString",
          "writeToBuffer",
          "writeToStream",
          "format().write",
        ],
      },
      {
        module: "@fast-csv/format",
        calls: [
          "write",
          "writeToPath",
          "writeToString",
          "writeToBuffer",
          "writeToStream",
          "format().write",
        ],
      },
      { module: "json2csv", calls: ["parse", "Parser().parse"] },
      { module: "@json2csv/plainjs", calls: ["Parser().parse"] },
    ],
  },
];
