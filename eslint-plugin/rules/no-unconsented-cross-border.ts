import { noUnconsentedCrossBorder } from "../../analyzers/rules/no-unconsented-cross-border.js";
import { createSinkRule } from "../create-sink-rule.js";

/** `pipl/no-unconsented-cross-border`: see the rule's doc page; its facts are in its record. */
export default createSinkRule(noUnconsentedCrossBorder);
