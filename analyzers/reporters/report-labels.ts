/*
 * Fixed words of the text and HTML reports in English and Simplified Chinese. Finding messages
 * come from the engine's message catalogue; these are only headings, column names and summaries.
 */
import type { LocalizedText, SinkKind, FlowStatus } from "../scan/scan-result.js";

/** The labels of one language. */
export interface ReportLabels {
  title: string;
  findings: string;
  noFindings: string;
  filesScanned: string;
  /** The summary's words for a count of one (Chinese has no plural). */
  finding: string;
  fileScanned: string;
  categories: string;
  category: string;
  sensitivity: Record<"general" | "sensitive", string>;
  sinkKinds: Record<SinkKind, string>;
  statuses: Record<FlowStatus, string>;
  matrix: string;
  matrixNote: string;
  flows: string;
  source: string;
  path: string;
  sink: string;
  field: string;
  legalBasis: string;
  fix: string;
  /** "check consent for" in the fix column. */
  consentFor: string;
  declaredBases: string;
  noDeclaredBases: string;
  function: string;
  basis: string;
  reason: string;
  inventory: string;
  readAt: string;
  flowsTo: string;
  baselined: string;
  staleEntries: string;
  staleNote: string;
  via: string;
  location: string;
  /** Heading of the files over the size limit, and the summary's count of them. */
  notAnalysed: string;
  notAnalysedCount: string;
  /** The summary's count of vendored and generated files left out by default. */
  vendoredSkipped: string;
  size: string;
  limit: string;
  /** The cross-border section (PIPL Arts. 38-39, 55): recipients outside mainland China. */
  crossBorder: string;
  crossBorderNote: string;
  noCrossBorder: string;
  recipient: string;
  consent: string;
  mechanism: string;
  consentStates: Record<"all" | "some" | "none", string>;
  noMechanism: string;
}

const en: ReportLabels = {
  title: "PIPL personal information report",
  findings: "Findings",
  noFindings: "No new findings.",
  filesScanned: "files scanned",
  finding: "finding",
  fileScanned: "file scanned",
  categories: "Categories",
  category: "Category",
  sensitivity: { general: "general", sensitive: "sensitive" },
  sinkKinds: { log: "Logs", export: "Exports", transfer: "Transfers" },
  statuses: {
    consented: "consented",
    "lawful-basis": "other lawful basis",
    unprotected: "unprotected",
  },
  matrix: "Where each category goes",
  matrixNote: "Flows per category and sink kind: unprotected / consented / other lawful basis.",
  flows: "Unprotected flows",
  source: "Source",
  path: "Path",
  sink: "Sink",
  field: "Field",
  legalBasis: "Legal basis",
  fix: "Fix",
  consentFor: "check consent for",
  declaredBases: "Declared lawful bases (@pipl-basis)",
  noDeclaredBases: "No function declares a lawful basis other than consent.",
  function: "Function",
  basis: "Basis",
  reason: "Reason",
  inventory: "Inventory (input to the PIPL Art. 55 impact assessment)",
  readAt: "Read at",
  flowsTo: "Flows to",
  baselined: "accepted by the baseline",
  staleEntries: "Baseline entries that no longer occur",
  staleNote:
    "The code they accepted was fixed or removed; run with --update-baseline to drop them.",
  via: "via",
  location: "Location",
  notAnalysed: "Files not analysed (too large, binary or minified)",
  notAnalysedCount: "not analysed",
  vendoredSkipped: "vendored or generated skipped",
  size: "Size",
  limit: "Limit",
  crossBorder: "Cross-border transfers",
  crossBorderNote:
    "Recipients outside mainland China (Hong Kong, Macao and Taiwan included) and what the code sends them: the list a CAC standard-contract filing and the PIPL Art. 55 impact assessment ask for. PIPL Art. 38 requires a mechanism (@pipl-transfer) and Art. 39 separate consent.",
  noCrossBorder: "No transfer to a recipient outside mainland China found.",
  recipient: "Recipient",
  consent: "Consent",
  mechanism: "Mechanism",
  consentStates: { all: "every site", some: "some sites", none: "none" },
  noMechanism: "none declared",
};

const zhCN: ReportLabels = {
  title: "个人信息保护法（PIPL）个人信息报告",
  findings: "问题",
  noFindings: "没有新问题。",
  filesScanned: "个文件已扫描",
  finding: "问题",
  fileScanned: "个文件已扫描",
  categories: "类别",
  category: "类别",
  sensitivity: { general: "一般", sensitive: "敏感" },
  sinkKinds: { log: "日志", export: "导出", transfer: "传输" },
  statuses: { consented: "已同意", "lawful-basis": "其他合法性基础", unprotected: "未保护" },
  matrix: "各类别个人信息的去向",
  matrixNote: "按类别和去向统计的数据流：未保护 / 已同意 / 其他合法性基础。",
  flows: "未保护的数据流",
  source: "来源",
  path: "路径",
  sink: "去向",
  field: "字段",
  legalBasis: "法律依据",
  fix: "修复",
  consentFor: "检查同意",
  declaredBases: "已声明的合法性基础（@pipl-basis）",
  noDeclaredBases: "没有函数声明同意以外的合法性基础。",
  function: "函数",
  basis: "基础",
  reason: "理由",
  inventory: "清单（个人信息保护影响评估的输入，第五十五条）",
  readAt: "读取位置",
  flowsTo: "流向",
  baselined: "已被基线接受",
  staleEntries: "已不再出现的基线条目",
  staleNote: "它们接受的代码已修复或删除；使用 --update-baseline 运行以移除。",
  via: "经由",
  location: "位置",
  notAnalysed: "未分析的文件（过大、二进制或已压缩）",
  notAnalysedCount: "个文件未分析",
  vendoredSkipped: "个第三方或生成的文件已跳过",
  size: "大小",
  limit: "上限",
  crossBorder: "个人信息出境",
  crossBorderNote:
    "位于中国境外（含香港、澳门、台湾）的接收方及代码向其提供的个人信息：即标准合同备案和《个人信息保护法》第五十五条个人信息保护影响评估所需的清单。第三十八条要求出境机制（@pipl-transfer），第三十九条要求单独同意。",
  noCrossBorder: "未发现向中国境外接收方提供个人信息。",
  recipient: "接收方",
  consent: "同意",
  mechanism: "出境机制",
  consentStates: { all: "全部调用点", some: "部分调用点", none: "无" },
  noMechanism: "未声明",
};

/** Report labels by locale. */
export const reportLabels: Readonly<Record<keyof LocalizedText, ReportLabels>> = {
  en,
  "zh-CN": zhCN,
};
