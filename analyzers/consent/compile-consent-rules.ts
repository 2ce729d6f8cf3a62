import { defaultConsentDecorators } from "./consent-decorators.js";
import { defaultConsentFunctions } from "./consent-functions.js";
import type {
  ConsentDecoratorsSection,
  ConsentFunctionSpec,
  ConsentFunctionsSection,
  SanitizersSection,
} from "./consent-spec.js";
import { defaultSanitizerPrefixes, defaultSuggestedSanitizer } from "./sanitizers.js";

/** Consent functions, decorators and sanitizers as lookup structures, built once per config. */
export interface CompiledConsentRules {
  /** Function or method name → the specs with that name. */
  functions: ReadonlyMap<string, readonly ConsentFunctionSpec[]>;
  decorators: ReadonlySet<string>;
  /** Whether a function or method with this name is a sanitizer. */
  isSanitizer(name: string): boolean;
  /** The function a mask fix suggests. */
  suggestedSanitizer: string;
  /** The function a mask fix suggests per category, keyed by category id or alias as written. */
  suggestedFor: Readonly<Record<string, string>>;
}

/** Builds the consent rules from the built-in data and the config sections. */
export function compileConsentRules(
  sections: {
    consentFunctions?: ConsentFunctionsSection | undefined;
    consentDecorators?: ConsentDecoratorsSection | undefined;
    sanitizers?: SanitizersSection | undefined;
  } = {},
): CompiledConsentRules {
  const disabledFunctions = new Set(sections.consentFunctions?.disable ?? []);
  const functions = new Map<string, ConsentFunctionSpec[]>();
  for (const spec of [...defaultConsentFunctions, ...(sections.consentFunctions?.add ?? [])]) {
    if (disabledFunctions.has(spec.name)) continue;
    functions.set(spec.name, [...(functions.get(spec.name) ?? []), spec]);
  }
  const disabledDecorators = new Set(sections.consentDecorators?.disable ?? []);
  const decorators = new Set(
    [...defaultConsentDecorators, ...(sections.consentDecorators?.add ?? [])].filter(
      (d) => !disabledDecorators.has(d),
    ),
  );
  const disabledPrefixes = new Set(sections.sanitizers?.disable ?? []);
  const prefixes = [...defaultSanitizerPrefixes, ...(sections.sanitizers?.prefixes ?? [])]
    .filter((p) => !disabledPrefixes.has(p))
    .map((p) => p.toLowerCase());
  const names = new Set(sections.sanitizers?.names ?? []);
  const verdicts = new Map<string, boolean>();
  return {
    functions,
    decorators,
    suggestedSanitizer: sections.sanitizers?.suggested ?? defaultSuggestedSanitizer,
    suggestedFor: sections.sanitizers?.suggestedFor ?? {},
    isSanitizer(name) {
      let verdict = verdicts.get(name);
      if (verdict === undefined) {
        verdict = names.has(name) || prefixes.some((p) => startsWithWord(name, p));
        verdicts.set(name, verdict);
      }
      return verdict;
    },
  };
}

/** `maskMobile`, `mask_mobile`, `mask` start with the word `mask`; `masking` does not. */
function startsWithWord(name: string, prefix: string): boolean {
  if (name.length < prefix.length || name.slice(0, prefix.length).toLowerCase() !== prefix) {
    return false;
  }
  const next = name.charAt(prefix.length);
  return next === "" || next === "_" || /[A-Z0-9]/.test(next);
}
