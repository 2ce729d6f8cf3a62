import type { CategoryReading } from "./read-categories.js";
import type { Bilingual } from "./policy-finding.js";

/** `identity.resident-id (Resident ID / 居民身份证号)`, or a note when the tag is computed. */
export function describeCategories(
  reading: Extract<CategoryReading, { state: "tagged" }>,
): Bilingual {
  if (reading.valueUnknown) {
    return {
      en: `(computed value of ${reading.field}; every category assumed)`,
      "zh-CN": `（${reading.field} 为计算值，按全部类别处理）`,
    };
  }
  if (reading.categories.length === 0) {
    return {
      en: `(no valid category in ${reading.field} = "${reading.raw}")`,
      "zh-CN": `（${reading.field} = “${reading.raw}” 中没有有效类别）`,
    };
  }
  return {
    en: reading.categories
      .map(
        (c) => `${c.id} (${c.name.en}, ${c.sensitivity === "sensitive" ? "sensitive PI" : "PI"})`,
      )
      .join(", "),
    "zh-CN": reading.categories
      .map(
        (c) =>
          `${c.id}（${c.name["zh-CN"]}，${c.sensitivity === "sensitive" ? "敏感个人信息" : "个人信息"}）`,
      )
      .join("、"),
  };
}
