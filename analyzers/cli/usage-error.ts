import { cliMessages, type CliMessageId } from "../messages/cli-messages.js";
import { formatMessage } from "../messages/format-message.js";
import type { Locale } from "../messages/locale.js";

/**
 * Wrong command-line usage (unknown flag, bad value); the CLI prints the message and exits 2.
 * `message` is the English text; {@link UsageError.format} words it in the user's locale.
 */
export class UsageError extends Error {
  override readonly name = "UsageError";

  constructor(
    readonly id: CliMessageId,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(formatMessage(cliMessages, "en", id, params));
  }

  /** The message in `locale`. */
  format(locale: Locale): string {
    return formatMessage(cliMessages, locale, this.id, this.params);
  }
}
