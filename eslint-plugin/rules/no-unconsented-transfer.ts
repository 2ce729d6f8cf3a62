import { noUnconsentedTransfer } from "../../analyzers/rules/no-unconsented-transfer.js";
import { createSinkRule } from "../create-sink-rule.js";

/** `pipl/no-unconsented-transfer`: see the rule's doc page; its facts are in its record. */
export default createSinkRule(noUnconsentedTransfer);
