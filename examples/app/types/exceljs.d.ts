// Minimal declaration of the parts of exceljs (https://github.com/exceljs/exceljs) the example app
// uses, so it type-checks without `npm install`. Shapes follow exceljs 4.x `index.d.ts`.
declare module "exceljs" {
  export interface Column {
    header: string;
    key: string;
    width?: number;
  }
  export interface Worksheet {
    columns: Partial<Column>[];
    addRow(data: unknown[] | Record<string, unknown>): unknown;
    addRows(rows: unknown[]): unknown[];
  }
  export interface Xlsx {
    writeFile(path: string): Promise<void>;
    writeBuffer(): Promise<ArrayBuffer>;
  }
  export interface Csv {
    writeFile(path: string): Promise<void>;
  }
  export class Workbook {
    addWorksheet(name: string): Worksheet;
    xlsx: Xlsx;
    csv: Csv;
  }
  const ExcelJS: { Workbook: typeof Workbook };
  export default ExcelJS;
}
