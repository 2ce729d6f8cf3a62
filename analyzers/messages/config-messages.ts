/*
 * Configuration error messages, in English and Simplified Chinese: the frame of a `ConfigError`
 * and every problem and fix it can carry (schema checks in zod-issue-to-config-error.ts, file
 * loading and cross-references in load-config.ts, taxonomy checks in create-taxonomy.ts).
 *
 * Placeholders in `{braces}` are filled from a `ConfigText`'s params; a param may itself be a
 * `ConfigText` (a type name, a described value), rendered in the same language. Code identifiers,
 * ids, paths and the user's own values stay as written, in quotes or backticks.
 */

/** The config-error catalogue. */
export const configMessages = {
  "config.error": {
    en: "pipl-guard config: {path}: {problem}.{suggestion} Fix: {fix}",
    "zh-CN": "pipl-guard 配置错误：{path}：{problem}。{suggestion} 修复：{fix}",
  },
  "config.policy-error": {
    en: 'pipl-guard: invalid config for policy "{policy}": {path}: {problem}.{suggestion} Fix: {fix}',
    "zh-CN": "pipl-guard：策略 “{policy}” 的配置无效：{path}：{problem}。{suggestion} 修复：{fix}",
  },
  "config.did-you-mean": {
    en: " Did you mean '{suggestion}'?",
    "zh-CN": " 您是否想写 '{suggestion}'？",
  },
  "config.root": { en: "(root)", "zh-CN": "（根）" },

  // Loading the file or module.
  "load.cannot-read.problem": {
    en: "cannot read config file '{file}' ({code})",
    "zh-CN": "无法读取配置文件 '{file}'（{code}）",
  },
  "load.cannot-read.fix": {
    en: "check the path; relative paths are resolved from the working directory.",
    "zh-CN": "请检查路径；相对路径从当前工作目录解析。",
  },
  "load.invalid-json.problem": {
    en: "config file '{file}' is not valid JSON: {detail}",
    "zh-CN": "配置文件 '{file}' 不是有效的 JSON：“{detail}”",
  },
  "load.invalid-json.fix": {
    en: "fix the JSON syntax (no comments or trailing commas).",
    "zh-CN": "请修正 JSON 语法（不允许注释和末尾多余的逗号）。",
  },
  "load.module-sync.problem": {
    en: "'{file}' is a JavaScript module, which loads asynchronously",
    "zh-CN": "'{file}' 是 JavaScript 模块，只能异步加载",
  },
  "load.module-sync.fix": {
    en: "call loadConfigAsync for .js/.mjs configs, or use a .json file.",
    "zh-CN": "对 .js/.mjs 配置请调用 `loadConfigAsync`，或改用 .json 文件。",
  },
  "load.module-failed.problem": {
    en: "cannot load config module '{file}': {detail}",
    "zh-CN": "无法加载配置模块 '{file}'：“{detail}”",
  },
  "load.module-failed.fix": {
    en: "check the path and that the module runs on its own.",
    "zh-CN": "请检查路径，并确认该模块可以单独运行。",
  },
  "load.no-default-export.problem": {
    en: "config module '{file}' has no default export",
    "zh-CN": "配置模块 '{file}' 没有默认导出",
  },
  "load.no-default-export.fix": {
    en: "write `export default { ... }`.",
    "zh-CN": "请写 `export default { ... }`。",
  },
  "load.empty-path.problem": { en: "the config path is empty", "zh-CN": "配置文件路径为空" },
  "load.empty-path.fix": {
    en: "pass the path of a .json or .js config file, or nothing for the defaults.",
    "zh-CN": "请传入 .json 或 .js 配置文件的路径，或不传参数以使用默认配置。",
  },
  "load.not-an-object.problem": {
    en: "the config must be an object, got {received}",
    "zh-CN": "配置必须是一个对象，实际为{received}",
  },
  "load.not-an-object.fix": {
    en: 'pass an object such as `{ "locale": "zh-CN" }`, the path of a config file, or nothing for the defaults.',
    "zh-CN": '请传入对象（如 `{ "locale": "zh-CN" }`）、配置文件路径，或不传参数以使用默认配置。',
  },

  // Schema checks (one pair per zod issue code).
  "schema.unknown-key.problem": { en: "unknown key '{key}'", "zh-CN": "未知的键 '{key}'" },
  "schema.unknown-key.fix": {
    en: "remove it; valid keys here are: {keys}.",
    "zh-CN": "请删除该键；此处有效的键为：{keys}。",
  },
  "schema.unknown-key.fix-no-keys": {
    en: "remove it (see docs/configuration.md).",
    "zh-CN": "请删除该键（见 docs/configuration.md）。",
  },
  "schema.invalid-type.problem": {
    en: "expected {expected}, got {received}",
    "zh-CN": "应为{expected}，实际为{received}",
  },
  "schema.invalid-type.fix": {
    en: "write {expected} here (see docs/configuration.md).",
    "zh-CN": "请在此处填写{expected}（见 docs/configuration.md）。",
  },
  "schema.required.problem": { en: "this field is required", "zh-CN": "此字段为必填项" },
  "schema.required.fix": {
    en: "add it, with {expected} as its value (see docs/configuration.md).",
    "zh-CN": "请添加该字段，值为{expected}（见 docs/configuration.md）。",
  },
  "schema.required.fix-any": {
    en: "add it (see docs/configuration.md).",
    "zh-CN": "请添加该字段（见 docs/configuration.md）。",
  },
  "schema.invalid-value.problem": {
    en: "{received} is not allowed",
    "zh-CN": "{received}不是允许的值",
  },
  "schema.one-of.fix": { en: "use one of: {options}.", "zh-CN": "请使用以下之一：{options}。" },
  "schema.empty.problem": { en: "must not be empty", "zh-CN": "不能为空" },
  "schema.empty-list.fix": { en: "list at least one entry.", "zh-CN": "请至少列出一项。" },
  "schema.empty-string.fix": { en: "write a non-empty value.", "zh-CN": "请填写非空的值。" },
  "schema.too-few-entries.problem": {
    en: "must have at least {minimum} entries",
    "zh-CN": "至少需要 {minimum} 项",
  },
  "schema.too-few-entries.fix": {
    en: "list at least {minimum} entries.",
    "zh-CN": "请至少列出 {minimum} 项。",
  },
  "schema.too-many-entries.problem": {
    en: "must have at most {maximum} entries",
    "zh-CN": "最多只能有 {maximum} 项",
  },
  "schema.too-many-entries.fix": {
    en: "remove entries until there are at most {maximum}.",
    "zh-CN": "请删减到不超过 {maximum} 项。",
  },
  "schema.too-short.problem": {
    en: "must be at least {minimum} characters long",
    "zh-CN": "长度至少为 {minimum} 个字符",
  },
  "schema.too-short.fix": {
    en: "write at least {minimum} characters.",
    "zh-CN": "请至少填写 {minimum} 个字符。",
  },
  "schema.too-long.problem": {
    en: "must be at most {maximum} characters long",
    "zh-CN": "长度不能超过 {maximum} 个字符",
  },
  "schema.too-long.fix": {
    en: "shorten it to {maximum} characters or fewer.",
    "zh-CN": "请缩短到 {maximum} 个字符以内。",
  },
  "schema.exact-entries.problem": {
    en: "must have exactly {count} entries",
    "zh-CN": "必须恰好有 {count} 项",
  },
  "schema.exact-length.problem": {
    en: "must be exactly {count} characters long",
    "zh-CN": "长度必须恰好为 {count} 个字符",
  },
  "schema.exact.fix": {
    en: "write exactly {count} (see docs/configuration.md).",
    "zh-CN": "请恰好填写 {count} 个（见 docs/configuration.md）。",
  },
  "schema.number-min.problem": { en: "must be at least {minimum}", "zh-CN": "不能小于 {minimum}" },
  "schema.number-min.fix": {
    en: "use a number of at least {minimum}.",
    "zh-CN": "请使用不小于 {minimum} 的数。",
  },
  "schema.number-above.problem": {
    en: "must be greater than {minimum}",
    "zh-CN": "必须大于 {minimum}",
  },
  "schema.number-above.fix": {
    en: "use a number greater than {minimum}.",
    "zh-CN": "请使用大于 {minimum} 的数。",
  },
  "schema.number-max.problem": { en: "must be at most {maximum}", "zh-CN": "不能大于 {maximum}" },
  "schema.number-max.fix": {
    en: "use a number of at most {maximum}.",
    "zh-CN": "请使用不大于 {maximum} 的数。",
  },
  "schema.number-below.problem": {
    en: "must be less than {maximum}",
    "zh-CN": "必须小于 {maximum}",
  },
  "schema.number-below.fix": {
    en: "use a number less than {maximum}.",
    "zh-CN": "请使用小于 {maximum} 的数。",
  },
  "schema.size.problem": {
    en: "is out of range ({bound} {limit})",
    "zh-CN": "超出范围（{bound} {limit}）",
  },
  "schema.size.fix": {
    en: "see docs/configuration.md for the allowed range.",
    "zh-CN": "允许的范围见 docs/configuration.md。",
  },
  "schema.format.problem": { en: "{received} is not {format}", "zh-CN": "{received}不是{format}" },
  "schema.format.fix": {
    en: "write {format} here (see docs/configuration.md).",
    "zh-CN": "请在此处填写{format}（见 docs/configuration.md）。",
  },
  "schema.not-multiple-of.problem": {
    en: "must be a multiple of {divisor}",
    "zh-CN": "必须是 {divisor} 的倍数",
  },
  "schema.not-multiple-of.fix": {
    en: "use a multiple of {divisor}.",
    "zh-CN": "请使用 {divisor} 的倍数。",
  },
  "schema.no-union-match.problem": {
    en: "expected one of the allowed forms, got {received}",
    "zh-CN": "应为允许的形式之一，实际为{received}",
  },
  "schema.union-many-matches.problem": {
    en: "{received} matches more than one of the allowed forms",
    "zh-CN": "{received}同时符合多种允许的形式",
  },
  "schema.union.fix": {
    en: "write one of: {shapes} (see docs/configuration.md).",
    "zh-CN": "请写成以下形式之一：{shapes}（见 docs/configuration.md）。",
  },
  "schema.invalid-key.problem": {
    en: "{received} is not a valid key here",
    "zh-CN": "{received}不是此处有效的键",
  },
  "schema.custom.problem": { en: "{message}", "zh-CN": "不符合要求：“{message}”" },
  "schema.docs.fix": {
    en: "see docs/configuration.md for the expected shape.",
    "zh-CN": "预期的格式见 docs/configuration.md。",
  },
  "schema.destination-host-or-sink.problem": {
    en: "needs exactly one of host or sink",
    "zh-CN": "`host` 与 `sink` 须且只能填写其中一项",
  },
  "schema.destination-host-or-sink.fix": {
    en: 'give either "host" (a host name, e.g. "api.partner.io") or "sink" (a sink id, e.g. "openai"), not both.',
    "zh-CN":
      "请填写 `host`（主机名，例如 “api.partner.io”）或 `sink`（数据出口 ID，例如 “openai”），不要同时填写。",
  },
  "schema.field-pattern-terms.problem": {
    en: "needs names, tokens or pattern",
    "zh-CN": "需要 `names`、`tokens` 或 `pattern` 中的至少一项",
  },
  "schema.field-pattern-terms.fix": {
    en: "add names, tokens or pattern (see docs/configuration.md).",
    "zh-CN": "请添加 `names`、`tokens` 或 `pattern`（见 docs/configuration.md）。",
  },
  "schema.file-size.problem": {
    en: "is not a file size of at least one byte",
    "zh-CN": "不是至少 1 字节的文件大小",
  },
  "schema.file-size.fix": {
    en: "write a whole number of bytes (2097152) or a size with KB or MB ('512KB', '2MB'); to skip files, exclude them from the scan instead.",
    "zh-CN":
      "请写字节数（2097152）或带 KB、MB 的大小（'512KB'、'2MB'）；如要跳过文件，请将其排除在扫描之外。",
  },

  // Names of expected types and descriptions of received values.
  "type.string": { en: "a string", "zh-CN": "字符串" },
  "type.number": { en: "a number", "zh-CN": "数字" },
  "type.int": { en: "a whole number", "zh-CN": "整数" },
  "type.boolean": { en: "true or false", "zh-CN": "布尔值（true 或 false）" },
  "type.array": { en: "an array", "zh-CN": "数组" },
  "type.object": { en: "an object", "zh-CN": "对象" },
  "type.null": { en: "null", "zh-CN": "空值 null" },
  "type.other": { en: "a value of type `{type}`", "zh-CN": "类型为 `{type}` 的值" },
  "type.literal": { en: "{value}", "zh-CN": "{value}" },
  "type.object-with-keys": {
    en: "an object with the keys {keys}",
    "zh-CN": "含有键 {keys} 的对象",
  },
  "input.nothing": { en: "nothing", "zh-CN": "空（未填写）" },
  "input.null": { en: "null", "zh-CN": "空值 null" },
  "input.array": { en: "an array", "zh-CN": "数组" },
  "input.object": { en: "an object", "zh-CN": "对象" },
  "input.string": { en: "'{value}'", "zh-CN": "字符串 '{value}'" },
  "input.number": { en: "the number {value}", "zh-CN": "数字 {value}" },
  "input.boolean": { en: "{value}", "zh-CN": "布尔值 {value}" },
  "input.other": { en: "a value of type `{type}`", "zh-CN": "类型为 `{type}` 的值" },

  // Format descriptions of the section schemas (their `.regex(…, description)` messages).
  "format.kebab-case-id": { en: "a kebab-case id", "zh-CN": "合法的 kebab-case 形式 ID" },
  "format.host-name": {
    en: "a lower-case host name without scheme, port or path, e.g. api.example.com (subdomains match too)",
    "zh-CN": "不含协议、端口和路径的小写主机名，例如 api.example.com（子域名也匹配）",
  },
  "format.type-token": {
    en: "a Pulumi type token pkg:module:Type",
    "zh-CN": "合法的 Pulumi 类型标记（`pkg:module:Type`）",
  },
  "format.call-path": {
    en: "a member path such as post, promises.writeFile or create().post",
    "zh-CN": "合法的成员路径（如 `post`、`promises.writeFile` 或 `create().post`）",
  },
  "format.decorator-name": { en: "a decorator name", "zh-CN": "合法的装饰器名称" },
  "format.pattern": {
    en: "a value matching `{pattern}`",
    "zh-CN": "匹配 `{pattern}` 的值",
  },
  "format.other": { en: "a valid `{format}`", "zh-CN": "合法的 `{format}`" },

  // Cross-references between the config and the built-in catalogues (check-config-references.ts).
  "reference.blank.problem": {
    en: "is blank (only spaces)",
    "zh-CN": "为空白（只有空格）",
  },
  "reference.blank.fix": {
    en: "write a value, or remove the entry.",
    "zh-CN": "请填写一个值，或删除该项。",
  },
  "reference.padded.problem": {
    en: "{received} has spaces at the start or end, so it would never match",
    "zh-CN": "{received}首尾有空格，因此永远不会匹配",
  },
  "reference.padded.fix": {
    en: "remove the spaces: '{trimmed}'.",
    "zh-CN": "请去掉首尾空格：'{trimmed}'。",
  },
  "reference.duplicate.problem": {
    en: "'{value}' is listed twice (first at {first})",
    "zh-CN": "'{value}' 重复出现（首次在 {first}）",
  },
  "reference.duplicate.fix": {
    en: "remove one of the two entries.",
    "zh-CN": "请删除其中一项。",
  },
  "reference.unknown.problem": {
    en: "unknown {kind} '{value}'",
    "zh-CN": "未知的{kind} '{value}'",
  },
  "reference.unknown.fix": {
    en: "use one of the built-in ids: {options}.",
    "zh-CN": "请使用以下内置 ID 之一：{options}。",
  },
  "reference.shadows-built-in.problem": {
    en: "'{value}' is already a built-in {kind}",
    "zh-CN": "'{value}' 已是内置的{kind}",
  },
  "reference.shadows-built-in.fix": {
    en: "remove the entry; to change the built-in one, disable it under {disable} and add yours under a new id.",
    "zh-CN": "请删除该项；如需修改内置项，请在 {disable} 中停用它，再以新 ID 添加您的版本。",
  },
  "reference.redundant-built-in.fix": {
    en: "remove the entry: the built-in {kind} already applies.",
    "zh-CN": "请删除该项：内置的{kind}已经生效。",
  },
  "reference.term-taken.problem": {
    en: "'{term}' is already a field name of category '{owner}'",
    "zh-CN": "'{term}' 已是类别 '{owner}' 的字段名",
  },
  "reference.term-taken.fix": {
    en: "remove it, or first switch the built-in one off under fieldPatterns.disable.",
    "zh-CN": "请删除该项，或先在 `fieldPatterns.disable` 中停用内置的字段名。",
  },
  "reference.unknown-category.fix": {
    en: "use 'general', 'sensitive', or a category id or alias (docs/taxonomy.md), or define the category under categories.",
    "zh-CN":
      "请使用 'general'、'sensitive'，或类别 ID、别名（见 docs/taxonomy.md），或在 `categories` 中定义该类别。",
  },
  "reference.unknown-type.fix": {
    en: "name a built-in resource type or one added under resourceTypes (docs/configuration.md).",
    "zh-CN":
      "请填写内置的资源类型，或在 `resourceTypes` 中添加的类型（见 docs/configuration.md）。",
  },
  "reference.unknown-provider.problem": {
    en: "unknown provider '{provider}'",
    "zh-CN": "未知的云服务商 '{provider}'",
  },
  "reference.unknown-provider.fix": {
    en: "use a built-in provider ({options}), or describe a new one completely: providerType, configKey, providerRegionProperty and a non-empty mainland list.",
    "zh-CN":
      "请使用内置的云服务商（{options}），或完整描述新的云服务商：`providerType`、`configKey`、`providerRegionProperty` 以及非空的 `mainland` 列表。",
  },
  "reference.new-provider-field.problem": {
    en: "provider '{provider}' is not built in, so its spec must give {field}",
    "zh-CN": "云服务商 '{provider}' 不是内置的，因此必须提供 `{field}`",
  },
  "reference.new-provider-field.fix": {
    en: "add {field}, or use a built-in provider ({options}).",
    "zh-CN": "请添加 `{field}`，或使用内置的云服务商（{options}）。",
  },
  "reference.no-mainland.problem": {
    en: "provider '{provider}' lists no mainland-China region, so no region of it would count as mainland",
    "zh-CN": "云服务商 '{provider}' 未列出任何中国大陆区域，因此其所有区域都不会被视为境内",
  },
  "reference.no-mainland.fix": {
    en: "list its mainland-China region ids under mainland, e.g. ['cn-private-1'].",
    "zh-CN": "请在 `mainland` 中列出其中国大陆区域 ID，例如 ['cn-private-1']。",
  },
  "reference.outside-mainland.problem": {
    en: "region '{region}' of provider '{provider}' is outside mainland China",
    "zh-CN": "云服务商 '{provider}' 的区域 '{region}' 位于中国大陆境外",
  },
  "reference.outside-mainland.fix": {
    en: "remove it: Hong Kong, Macao, Taiwan and other regions outside the mainland are cross-border for PIPL (Arts. 38–40), whatever their name.",
    "zh-CN":
      "请删除该项：无论名称如何，香港、澳门、台湾及其他大陆以外的区域在《个人信息保护法》中均属境外（第三十八至四十条）。",
  },
  "kind.sink": { en: "sink", "zh-CN": "数据出口（sink）" },
  "kind.consent-function": { en: "consent function", "zh-CN": "同意检查函数" },
  "kind.consent-decorator": { en: "consent decorator", "zh-CN": "同意检查装饰器" },
  "kind.sanitizer-prefix": { en: "sanitizer prefix", "zh-CN": "脱敏函数前缀" },
  "kind.resource-type": { en: "resource type", "zh-CN": "资源类型" },
  "kind.transfer-sink": {
    en: "transfer sink or model provider",
    "zh-CN": "传输类数据出口（sink）或模型服务商",
  },
  "kind.transfer-mechanism": { en: "cross-border transfer mechanism", "zh-CN": "出境机制" },

  // Taxonomy definitions (create-taxonomy.ts).
  "taxonomy.id-shape.problem": {
    en: "'{id}' is not a category id",
    "zh-CN": "'{id}' 不是合法的类别 ID",
  },
  "taxonomy.id-shape.fix": {
    en: "use dot-separated kebab-case segments, e.g. 'identity.employee-id'.",
    "zh-CN": "请使用以点分隔的 kebab-case 段，例如 'identity.employee-id'。",
  },
  "taxonomy.id-taken.problem": {
    en: "category id '{id}' is already defined",
    "zh-CN": "类别 ID '{id}' 已被定义",
  },
  "taxonomy.id-taken.fix": {
    en: "choose a new id; ids are never reused (extend a category through its parent instead).",
    "zh-CN": "请换一个新 ID；ID 永不复用（如需扩展某个类别，请将其设为 `parent`）。",
  },
  "taxonomy.alias-shape.problem": {
    en: "'{alias}' is not an alias",
    "zh-CN": "'{alias}' 不是合法的别名",
  },
  "taxonomy.alias-shape.fix": {
    en: "use kebab-case, e.g. 'employee-id'.",
    "zh-CN": "请使用 kebab-case，例如 'employee-id'。",
  },
  "taxonomy.alias-taken.problem": {
    en: "alias '{alias}' already names category '{owner}'",
    "zh-CN": "别名 '{alias}' 已用于类别 '{owner}'",
  },
  "taxonomy.alias-taken.fix": {
    en: "pick an alias no other category uses.",
    "zh-CN": "请选用其他类别未使用的别名。",
  },
  "taxonomy.unknown-category.problem": {
    en: "unknown category '{category}'",
    "zh-CN": "未知的类别 '{category}'",
  },
  "taxonomy.unknown-parent.fix": {
    en: "name an existing category id as parent (see docs/taxonomy.md).",
    "zh-CN": "`parent` 须为已有的类别 ID（见 docs/taxonomy.md）。",
  },
  "taxonomy.unknown-legal-basis.problem": {
    en: "unknown legal basis '{basis}'",
    "zh-CN": "未知的法律依据 '{basis}'",
  },
  "taxonomy.unknown-legal-basis.fix": {
    en: "use an id from the legal-basis table (docs/taxonomy.md), e.g. 'pipl-art-28'.",
    "zh-CN": "请使用法律依据表（docs/taxonomy.md）中的 ID，例如 'pipl-art-28'。",
  },
  "taxonomy.unknown-validator.problem": {
    en: "unknown validator '{validator}'",
    "zh-CN": "未知的校验器 '{validator}'",
  },
  "taxonomy.unknown-replaced-by.fix": {
    en: "point replacedBy at an existing category id.",
    "zh-CN": "请将 `replacedBy` 指向已有的类别 ID。",
  },
  "taxonomy.parent-cycle.problem": {
    en: "parent chain of '{id}' loops back to '{parent}'",
    "zh-CN": "'{id}' 的父类别链又回到了 '{parent}'",
  },
  "taxonomy.parent-cycle.fix": {
    en: "make the parents form a tree.",
    "zh-CN": "请让父类别关系构成一棵树（不能成环）。",
  },
  "taxonomy.unknown-category.fix": {
    en: "use a category id or alias (docs/taxonomy.md) or define it under categories.",
    "zh-CN": "请使用类别 ID 或别名（见 docs/taxonomy.md），或在 `categories` 中定义该类别。",
  },
  "taxonomy.unknown-field-name.problem": {
    en: "'{term}' is not a field name in the taxonomy",
    "zh-CN": "'{term}' 不是分类中的字段名",
  },
  "taxonomy.unknown-field-name.fix": {
    en: "list a field name from docs/taxonomy.md, or remove the entry.",
    "zh-CN": "请填写 docs/taxonomy.md 中的字段名，或删除该项。",
  },
  "taxonomy.invalid-regex.problem": {
    en: "invalid regular expression: {detail}",
    "zh-CN": "正则表达式无效：“{detail}”",
  },
  "taxonomy.invalid-regex.fix": {
    en: "write a JavaScript regular expression without delimiters, e.g. '^emp(loyee)?No$'.",
    "zh-CN": "请写不带分隔符的 JavaScript 正则表达式，例如 '^emp(loyee)?No$'。",
  },
  "taxonomy.unsupported-regex.problem": {
    en: "pattern '{pattern}' uses syntax the linear-time (RE2) engine does not support: {detail}",
    "zh-CN": "模式 '{pattern}' 使用了线性时间（RE2）引擎不支持的语法：“{detail}”",
  },
  "taxonomy.unsupported-regex.fix": {
    en: "patterns run on every identifier, so they are matched in linear time (RE2 syntax): drop lookarounds ('(?=…)', '(?!…)', '(?<=…)') and backreferences ('\\1'), or list names/tokens instead.",
    "zh-CN":
      "模式会作用于每个标识符，因此按线性时间（RE2 语法）匹配：请去掉环视（'(?=…)'、'(?!…)'、'(?<=…)'）和反向引用（'\\1'），或改用 `names`/`tokens` 列举。",
  },

  // A `--baseline` file's entries (analyzers/scan/baseline-file.ts), worded as a config problem.
  "baseline.fingerprint.problem": {
    en: "not a 32-character hex fingerprint",
    "zh-CN": "不是 32 位十六进制指纹",
  },
  "baseline.fingerprint.fix": {
    en: "regenerate the baseline with --update-baseline.",
    "zh-CN": "请用 --update-baseline 重新生成基线。",
  },
} as const;

/** Ids of config messages. */
export type ConfigMessageId = keyof typeof configMessages;

/** A value for a placeholder: text as is, a number, or another message rendered in the same locale. */
export type ConfigParam = string | number | ConfigText | readonly ConfigParam[];

/** A catalogue message with its parameters: the problem or fix of a `ConfigError`. */
export interface ConfigText {
  readonly id: ConfigMessageId;
  readonly params?: Readonly<Record<string, ConfigParam>>;
}
