import noUnconsentedCrossBorder from "./rules/no-unconsented-cross-border.js";
import noUnconsentedExport from "./rules/no-unconsented-export.js";
import noUnconsentedLogging from "./rules/no-unconsented-logging.js";
import noUnconsentedTransfer from "./rules/no-unconsented-transfer.js";
import validAnnotations from "./rules/valid-annotations.js";

/** Every rule of the plugin, by id (without the `pipl/` prefix). */
export const rules = {
  "no-unconsented-cross-border": noUnconsentedCrossBorder,
  "no-unconsented-export": noUnconsentedExport,
  "no-unconsented-logging": noUnconsentedLogging,
  "no-unconsented-transfer": noUnconsentedTransfer,
  "valid-annotations": validAnnotations,
};
