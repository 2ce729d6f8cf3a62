import type { ts } from "ts-morph";
import {
  isCallExpression,
  isElementAccessExpression,
  isIdentifier,
  isPropertyAccessExpression,
  isStringLiteralLike,
  isTemplateExpression,
  isVariableDeclaration,
} from "./typescript-functions.js";
import type { CompiledSink, CompiledSinkCatalog } from "../sinks/compile-sink-catalog.js";
import {
  inferredSend,
  localReceivers,
  logNouns,
  logTable,
  persistVerbs,
  remoteNouns,
  remoteVerbs,
  sendVerbs,
  type InferredSinkRule,
} from "../sinks/inferred-sinks.js";
import { tokenizeIdentifier } from "../recognisers/tokenize-identifier.js";
import { lastName, unwrapExpression } from "./unwrap-expression.js";

const sends = new Set(sendVerbs);
const remoteOnly = new Set(remoteVerbs);
const remote = new Set(remoteNouns);
const local = new Set(localReceivers);
const persists = new Set(persistVerbs);
const logs = new Set(logNouns);
/** Methods that run a SQL text: their first argument is the query. */
const queryMethods = new Set(["query", "execute", "exec", "run", "raw", "sql"]);
/** Calls whose string argument names a table or collection: `db.collection("sms_log")`. */
const tableGetters = new Set(["collection", "table", "model", "getRepository", "from", "into"]);

/**
 * Sinks recognised by names where nothing else identifies the callee (see inferred-sinks.ts): a
 * write into a log table, and a send on a receiver the checker cannot resolve. Method names are
 * tokenised once; the checker is asked only for calls whose names already qualify.
 */
export class InferredSinks {
  private readonly tokens = new Map<string, readonly string[]>();

  constructor(
    private readonly checker: ts.TypeChecker,
    private readonly catalog: CompiledSinkCatalog,
  ) {}

  /** The name-inferred sink a method call enters, if any. */
  match(call: ts.CallExpression, callee: ts.PropertyAccessExpression): CompiledSink | undefined {
    if (this.catalog.inferred.size === 0) return undefined;
    if (this.catalog.inferred.has(logTable.id) && queryMethods.has(callee.name.text)) {
      const table = insertedTable(this.queryText(call.arguments[0]));
      if (table !== undefined && this.tokensOf(table).some((w) => logs.has(w)))
        return { ...sinkFor(logTable, callee), arguments: { from: 1 } };
    }
    const method = callee.name.text;
    const words = this.tokensOf(method);
    const first = words[0];
    if (first === undefined) return undefined;
    if (this.catalog.inferred.has(logTable.id) && persists.has(first)) {
      const table = tableName(callee.expression);
      if (
        words.some((w) => logs.has(w)) ||
        this.tokensOf(table ?? "").some((w) => logs.has(w)) ||
        // A model reached through a log module: `log.consumer.create(...)`.
        this.chainNames(callee.expression).some((w) => logs.has(w))
      )
        return sinkFor(logTable, callee);
    }
    if (!this.catalog.inferred.has(inferredSend.id)) return undefined;
    const sendVerb = words.some((w) => sends.has(w));
    if (!sendVerb && !remoteOnly.has(method)) return undefined;
    // A named receiver: a call's result (`request.post(url).send(body)`) is a request builder
    // the catalog knows by its module, or a test client of the app itself.
    const receiver = lastName(callee.expression);
    if (receiver === undefined || local.has(receiver.toLowerCase())) return undefined;
    if (!sendVerb && !this.chainNames(callee.expression).some((w) => remote.has(w)))
      return undefined;
    // A method the program declares is summarised instead: its body says what it does.
    if (this.checker.getSymbolAtLocation(callee.name)?.declarations?.length) return undefined;
    return call.arguments.length > 0 ? sinkFor(inferredSend, callee) : undefined;
  }

  /** A query's text: the argument itself, or the `const` it names (`const sql = \`insert …\``). */
  private queryText(arg: ts.Expression | undefined): ts.Expression | undefined {
    const e = arg && unwrapExpression(arg);
    if (!e || !isIdentifier(e)) return e;
    const d = this.checker.getSymbolAtLocation(e)?.valueDeclaration;
    return d && isVariableDeclaration(d) ? d.initializer : undefined;
  }

  private tokensOf(name: string): readonly string[] {
    let t = this.tokens.get(name);
    if (!t) {
      t = tokenizeIdentifier(name);
      this.tokens.set(name, t);
    }
    return t;
  }

  /** Tokens of every name along a receiver chain: `vk.openapi.baidu.open` → vk, openapi, ... */
  private chainNames(expr: ts.Expression): string[] {
    const out: string[] = [];
    let e = unwrapExpression(expr);
    for (let i = 0; i < 8; i++) {
      const name = lastName(e);
      if (name !== undefined) out.push(...this.tokensOf(name));
      if (isPropertyAccessExpression(e) || isElementAccessExpression(e) || isCallExpression(e))
        e = unwrapExpression(e.expression);
      else break;
    }
    return out;
  }
}

/** `INSERT INTO sys_log_operate ...` as a query's text (a string or a template's head). */
const insertInto = /^\s*insert\s+(?:ignore\s+)?into\s+[`"[]?([\w.]+)/i;

/** The table a SQL insert passed as a query's first argument writes, if any. */
function insertedTable(arg: ts.Expression | undefined): string | undefined {
  if (!arg) return undefined;
  const e = unwrapExpression(arg);
  const text = isStringLiteralLike(e) ? e.text : isTemplateExpression(e) ? e.head.text : undefined;
  if (text === undefined) return undefined;
  const table = insertInto.exec(text)?.[1];
  return table?.slice(table.lastIndexOf(".") + 1);
}

/** The table or collection a receiver names: `SmsLog`, `operationLogs`, `collection("x_log")`. */
function tableName(expr: ts.Expression): string | undefined {
  const e = unwrapExpression(expr);
  if (isCallExpression(e)) {
    const getter = lastName(e.expression);
    const arg = e.arguments[0];
    if (getter !== undefined && tableGetters.has(getter) && arg && isStringLiteralLike(arg))
      return arg.text;
    return undefined;
  }
  if (isIdentifier(e) || isPropertyAccessExpression(e)) return lastName(e);
  return undefined;
}

function sinkFor(rule: InferredSinkRule, callee: ts.PropertyAccessExpression): CompiledSink {
  const text = callee.getText().replace(/\s+/g, "");
  const shown = text.length > 48 ? `…${text.slice(-47)}` : text;
  return {
    id: rule.id,
    label: `${shown} (${rule.label})`,
    kind: rule.kind,
    arguments: "all",
    inferred: true,
  };
}
