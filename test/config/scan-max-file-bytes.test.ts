import { describe, expect, test } from "vitest";
import { loadConfig } from "../../analyzers/index.js";
import {
  defaultMaxFileBytes,
  formatFileSize,
  parseFileSize,
} from "../../analyzers/scan/file-size-limit.js";
import { errorOf } from "../support/config-error-of.js";

describe("scan.maxFileBytes", () => {
  test("reads bytes or a size with KB or MB, and is absent by default", () => {
    expect(loadConfig({}).scan).toBeUndefined();
    expect(loadConfig({ scan: {} }).scan?.maxFileBytes).toBeUndefined();
    expect(loadConfig({ scan: { maxFileBytes: 1_000_000 } }).scan?.maxFileBytes).toBe(1_000_000);
    expect(loadConfig({ scan: { maxFileBytes: "512KB" } }).scan?.maxFileBytes).toBe(524_288);
    expect(loadConfig({ scan: { maxFileBytes: "4mb" } }).scan?.maxFileBytes).toBe(4_194_304);
  });

  test.each([0, -1, 1.5, "huge", "2GB", "0KB", ""])(
    "rejects %j at scan.maxFileBytes, in English and Chinese",
    (value) => {
      const error = errorOf(() => loadConfig({ scan: { maxFileBytes: value } }));
      expect(error.path).toBe("scan.maxFileBytes");
      expect(error.message).toBe(
        "pipl-guard config: scan.maxFileBytes: is not a file size of at least one byte. Fix: write a whole number of bytes (2097152) or a size with KB or MB ('512KB', '2MB'); to skip files, exclude them from the scan instead.",
      );
      expect(error.format("zh-CN")).toBe(
        "pipl-guard 配置错误：scan.maxFileBytes：不是至少 1 字节的文件大小。 修复：请写字节数（2097152）或带 KB、MB 的大小（'512KB'、'2MB'）；如要跳过文件，请将其排除在扫描之外。",
      );
    },
  );

  test("rejects a value of another type and an unknown key of the scan section", () => {
    expect(errorOf(() => loadConfig({ scan: { maxFileBytes: true } })).path).toBe(
      "scan.maxFileBytes",
    );
    const unknown = errorOf(() => loadConfig({ scan: { maxFileSize: 100 } }));
    expect(unknown.path).toBe("scan.maxFileSize");
    expect(unknown.problem).toBe("unknown key 'maxFileSize'");
  });
});

describe("file sizes", () => {
  test("parses the CLI and config forms and formats sizes for people", () => {
    expect(parseFileSize("100")).toBe(100);
    expect(parseFileSize("100B")).toBe(100);
    expect(parseFileSize("1.5MB")).toBe(1_572_864);
    expect(parseFileSize(" 2 MB ")).toBe(defaultMaxFileBytes);
    expect(parseFileSize("2M")).toBe(defaultMaxFileBytes);
    expect(parseFileSize("1e6")).toBeUndefined();
    expect(parseFileSize("0.1B")).toBeUndefined();
    expect(formatFileSize(defaultMaxFileBytes)).toBe("2 MB");
    expect(formatFileSize(8_270_000)).toBe("7.9 MB");
    expect(formatFileSize(6000)).toBe("5.9 KB");
    expect(formatFileSize(900)).toBe("900 B");
  });
});
