import { noUnconsentedExport } from "../../analyzers/rules/no-unconsented-export.js";
import { createSinkRule } from "../create-sink-rule.js";

/** `pipl/no-unconsented-export`: see the rule's doc page; its facts are in its record. */
export default createSinkRule(noUnconsentedExport);
