import { isBankCard } from "./validators/bank-card.js";
import { isMobile } from "./validators/mobile.js";
import { isPassport } from "./validators/passport.js";
import { isResidentId } from "./validators/resident-id.js";
import { isTravelPermit } from "./validators/travel-permit.js";
import { isUscc } from "./validators/uscc.js";

/** Where a value of a category was found in a text. Never carries the value itself. */
export interface TextFinding {
  category: string;
  start: number;
  end: number;
}

/*
 * Candidate shapes with alphanumeric boundaries (pipl.md §2): no nested quantifiers and no
 * overlapping alternation under a repeat, so each runs in linear time. Every hit is confirmed by a
 * validator (check digit, calendar date, Luhn, allocated segment) before it is reported.
 */
const detectors: readonly { category: string; regex: RegExp; confirm: (v: string) => boolean }[] = [
  {
    category: "identity.resident-id",
    regex: /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g,
    confirm: isResidentId,
  },
  {
    category: "contact.mobile",
    regex: /(?<![0-9A-Za-z+])(?:\+86|0086)?1[3-9]\d{9}(?![0-9A-Za-z])/g,
    confirm: isMobile,
  },
  {
    category: "financial.bank-account",
    regex: /(?<![0-9A-Za-z])\d{13,19}(?![0-9A-Za-z])/g,
    confirm: isBankCard,
  },
  {
    category: "identity.passport",
    regex: /(?<![0-9A-Za-z])(?:E[0-9A-HJ-NP-Z]\d{7}|G\d{8}|[DSP]E\d{7})(?![0-9A-Za-z])/g,
    confirm: isPassport,
  },
  {
    category: "identity.travel-permit",
    regex: /(?<![0-9A-Za-z])[HM]\d{8}(?:\d{2})?(?![0-9A-Za-z])/g,
    confirm: isTravelPermit,
  },
];

const usccCandidate = /(?<![0-9A-Za-z])[0-9A-HJ-NPQRTUWXY]{18}(?![0-9A-Za-z])/g;

/**
 * Scans free text (log lines, string literals) for personal-information values: resident IDs,
 * mobile numbers, bank cards, passports and HK/Macau travel permits, each confirmed by its
 * validator. Spans inside a valid Unified Social Credit Code (an organisation) are skipped. A digit
 * run counts once: a resident ID is not also reported as a bank card. Returns positions, sorted.
 */
export function findPiInText(text: string): TextFinding[] {
  // One flag per character: checking a span costs its length (≤ 19), so the scan stays linear.
  const taken = new Uint8Array(text.length);
  const take = (start: number, end: number): void => void taken.fill(1, start, end);
  const overlaps = (start: number, end: number): boolean => taken.subarray(start, end).includes(1);
  for (const m of text.matchAll(usccCandidate))
    if (isUscc(m[0])) take(m.index, m.index + m[0].length);
  const findings: TextFinding[] = [];
  for (const { category, regex, confirm } of detectors)
    for (const m of text.matchAll(regex)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlaps(start, end) || !confirm(m[0])) continue;
      findings.push({ category, start, end });
      take(start, end);
    }
  return findings.sort((a, b) => a.start - b.start);
}
