/*
 * Message ids shared by the sink rules. A finding's message is one line with a placeholder for each
 * part a test asserts (the fields, their categories, the sink) and its `detail` (what happened,
 * the article and the fix) rendered in the rule's locale (the `locale` option, else the config's)
 * by `findingMessageParts`; the template itself has no words, so it serves both locales. The other
 * messages come whole from the `lintMessages` and `configMessages` catalogues (analyzers/messages).
 * The id says why it is reported.
 */
import { lintProblemMessages } from "./analyse-linted-file.js";

const finding = "{{fields}} ({{categories}}) → {{sink}}: {{detail}}";
/** A transfer outside mainland China, or to a mainland recipient the code names, names it. */
const toRecipient = "{{fields}} ({{categories}}) → {{sink}} → {{destination}}: {{detail}}";

export const sinkRuleMessages = {
  noConsent: finding,
  consentForOtherCategory: finding,
  generalConsentForSensitive: finding,
  noConsentToRecipient: toRecipient,
  consentForOtherCategoryToRecipient: toRecipient,
  generalConsentForSensitiveToRecipient: toRecipient,
  crossBorderNoConsent: toRecipient,
  crossBorderConsentForOtherCategory: toRecipient,
  crossBorderGeneralConsentForSensitive: toRecipient,
  noCrossBorderConsent: toRecipient,
  ...lintProblemMessages,
  wrapInSanitizer: "{{message}}",
} as const;

/** Ids of {@link sinkRuleMessages}. */
export type MessageIds = keyof typeof sinkRuleMessages;
