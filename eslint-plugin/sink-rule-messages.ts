/*
 * Message ids shared by the three sink rules. Every message is rendered in the rule's locale (the
 * `locale` option, else the config's): findings by `describeFindings`, the others from the
 * `lintMessages` and `configMessages` catalogues (analyzers/messages), so each template is a single
 * placeholder; the id still says why it is reported, which the tests assert.
 */
export const sinkRuleMessages = {
  noConsent: "{{description}}",
  consentForOtherCategory: "{{description}}",
  generalConsentForSensitive: "{{description}}",
  configProblem: "{{problem}}",
  annotationProblem: "{{problem}}",
  fileTooLarge: "{{message}}",
  analysisFailed: "{{message}}",
  wrapInSanitizer: "{{message}}",
} as const;

/** Ids of {@link sinkRuleMessages}. */
export type MessageIds = keyof typeof sinkRuleMessages;
