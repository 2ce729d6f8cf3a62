import type {
  CategoryLookup,
  PolicyCategory,
} from "../../../analyzers/resources/category-lookup.js";

/*
 * A three-category taxonomy for the unit tests of the evaluation logic, so they state their own
 * inputs; the engine-protocol tests run the real pack with the built-in taxonomy.
 */
const categories: (PolicyCategory & { aliases: string[] })[] = [
  {
    id: "identity.resident-id",
    aliases: ["resident-id"],
    name: { en: "Resident ID number", "zh-CN": "居民身份证号" },
    sensitivity: "sensitive",
    legalBasis: ["pipl-28"],
  },
  {
    id: "contact.mobile",
    aliases: ["mobile"],
    name: { en: "Mobile number", "zh-CN": "手机号码" },
    sensitivity: "general",
    legalBasis: [],
  },
  {
    id: "financial.bank-card",
    aliases: ["bank-card"],
    name: { en: "Bank card number", "zh-CN": "银行卡号" },
    sensitivity: "sensitive",
    legalBasis: ["pipl-28"],
  },
];

function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i]![j] = Math.min(
        d[i - 1]![j]! + 1,
        d[i]![j - 1]! + 1,
        d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
  return d[a.length]![b.length]!;
}

/** The unit-test taxonomy. */
export const testTaxonomy: CategoryLookup = {
  resolve: (t) => categories.find((c) => c.id === t || c.aliases.includes(t)),
  suggest(t) {
    let best: { id: string; d: number } | undefined;
    for (const c of categories)
      for (const n of [c.id, ...c.aliases]) {
        const d = distance(t, n);
        if (d <= 3 && (!best || d < best.d)) best = { id: c.id, d };
      }
    return best?.id;
  },
  covers: (covering, id) => {
    const c = categories.find((x) => x.id === covering || x.aliases.includes(covering));
    return c !== undefined && (id === c.id || id.startsWith(`${c.id}.`));
  },
  legalBasis: (id) =>
    id === "pipl-28"
      ? { citation: { en: "PIPL Art. 28 (sensitive PI)", "zh-CN": "《个人信息保护法》第二十八条" } }
      : undefined,
};
