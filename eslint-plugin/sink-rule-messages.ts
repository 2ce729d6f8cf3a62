/*
 * Message ids shared by the three sink rules. The finding messages are rendered in the configured
 * locale by `describeFindings` (analyzers/messages), so each template is a single placeholder; the
 * id still says why the finding is reported, which the tests assert.
 */
export const sinkRuleMessages = {
  noConsent: "{{description}}",
  consentForOtherCategory: "{{description}}",
  generalConsentForSensitive: "{{description}}",
  configProblem: "{{problem}}",
  annotationProblem: "{{problem}}",
  fileTooLarge: "{{message}}",
  analysisFailed:
    "pipl-guard could not analyse this code ({{error}}), so it was not checked. Please report this with the code.",
  wrapInSanitizer: "Wrap {{expression}} in {{sanitizer}}(…)",
} as const;

/** Ids of {@link sinkRuleMessages}. */
export type MessageIds = keyof typeof sinkRuleMessages;
