import { noUnconsentedLogging } from "../../analyzers/rules/no-unconsented-logging.js";
import { createSinkRule } from "../create-sink-rule.js";

/** `pipl/no-unconsented-logging`: see the rule's doc page; its facts are in its record. */
export default createSinkRule(noUnconsentedLogging);
