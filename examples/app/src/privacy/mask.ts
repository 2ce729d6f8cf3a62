import { createHash } from "node:crypto";

/** `13800138000` → `138****8000`: enough for support staff to confirm a number, not to dial it. */
export function maskMobile(mobile: string): string {
  return mobile.length === 11 ? `${mobile.slice(0, 3)}****${mobile.slice(7)}` : "***";
}

/** Keep the first 3 and last 4 characters of a resident ID (GB/T 35273-2020 Annex C style). */
export function maskResidentId(idNumber: string): string {
  return idNumber.length >= 15 ? `${idNumber.slice(0, 3)}***********${idNumber.slice(-4)}` : "***";
}

/** Replace a value entirely, for fields nobody downstream needs (face images, codes). */
export function redact(_value: unknown): string {
  return "[REDACTED]";
}

/** Keyed hash for joining events without revealing the identifier (pseudonymisation). */
export function hashIdentifier(value: string): string {
  return createHash("sha256")
    .update(`${process.env.PSEUDONYM_SALT ?? "example-salt"}:${value}`)
    .digest("hex");
}
