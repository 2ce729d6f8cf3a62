import type { CategoryReading } from "./read-categories.js";
import type { Bilingual } from "./policy-finding.js";

/**
 * `identity.resident-id (Resident ID / 居民身份证号)`, or a note when the tag is computed. A secret
 * tag value is described by its count and sensitivity only: the ids it names would restate it.
 */
export function describeCategories(
  reading: Extract<CategoryReading, { state: "tagged" }>,
): Bilingual {
  if (reading.secret && !reading.valueUnknown) {
    const n = reading.categories.length;
    const sensitive = reading.categories.some((c) => c.sensitivity === "sensitive");
    if (n === 0)
      return {
        en: `(secret value of ${reading.field}, not shown; no valid category in it)`,
        "zh-CN": `（${reading.field} 为机密值，不予显示；其中没有有效类别）`,
      };
    return {
      en: `(secret value of ${reading.field}, not shown: ${n} ${n === 1 ? "category" : "categories"}, ${sensitive ? "sensitive PI among them" : "general PI"})`,
      "zh-CN": `（${reading.field} 为机密值，不予显示：${n} 个类别，${sensitive ? "含敏感个人信息" : "均为一般个人信息"}）`,
    };
  }
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
