import type { ts } from "ts-morph";
import {
  canHaveDecorators,
  forEachChild,
  isCallExpression,
  isClassDeclaration,
  isElementAccessExpression,
  isIdentifier,
  isInterfaceDeclaration,
  isObjectBindingPattern,
  isObjectLiteralExpression,
  isPropertyAssignment,
  isParameter,
  isPropertyAccessExpression,
  isStringLiteralLike,
  isTypeAliasDeclaration,
  isVariableDeclaration,
} from "./typescript-functions.js";
import { personNouns } from "../recognisers/context-nouns.js";
import { knownCollections, stampingDatabases } from "../recognisers/known-collections.js";
import { collectionWrite, modelDefinition, objectKeys } from "./collection-queries.js";
import type { EngineCategory, EngineTaxonomy } from "./engine-config.js";
import { holderNoun } from "./name-context.js";
import type { PiClassifier } from "./pi-classifier.js";
import { notificationFields } from "./provider-notifications.js";
import {
  contractFile,
  isRequestBodyPath,
  isRequestPayload,
  payloadParameter,
  servesEveryRoute,
  validatedPayloadRules,
  validationRuleKeys,
} from "./request-payloads.js";
import { usesModule } from "./uses-module.js";

/** A PI field a kind of record carries somewhere in the program, and where that is seen. */
export interface RecordField {
  path: string;
  category: EngineCategory;
  at: ts.Node;
}

const persons = new Set(personNouns);
/**
 * What whole untyped records carry, learned from the rest of the program. Real handlers log a
 * whole `req.body` or `ctx.state.user` whose type says nothing: the fields the program reads from
 * request payloads elsewhere (`ctx.request.body.mobile`, a `@Body() dto: CreateUserDto`), or the
 * PI fields of its own `User` model, are what such a value holds. Collected on first need, in
 * one walk of the program's files.
 */
export class ProjectRecords {
  private request: RecordField[] | undefined;
  private readonly requestByFile = new Map<ts.SourceFile, RecordField[]>();
  private readonly byCollection = new Map<string, RecordField[]>();
  private readonly byNoun = new Map<string, RecordField[]>();

  constructor(
    private readonly files: () => readonly ts.SourceFile[],
    private readonly classifier: PiClassifier,
    private readonly checker: ts.TypeChecker,
    private readonly taxonomy: EngineTaxonomy,
  ) {}

  /**
   * The PI fields a whole untyped value at `path` is known to hold: a request body's (forms and
   * JSON bodies carry what people type in; a query string is learned from but not counted as
   * the body), or a person record's (`user`, `member`); one field per category.
   */
  fieldsOf(path: string, at: ts.Node): readonly RecordField[] {
    this.collect();
    if (isRequestBodyPath(path)) {
      // A middleware, interceptor or decorator sees every route's body; a handler, its own.
      return servesEveryRoute(at)
        ? (this.request ?? [])
        : (this.requestByFile.get(at.getSourceFile()) ?? []);
    }
    const noun = holderNoun(path.slice(path.lastIndexOf(".") + 1)).noun;
    if (noun !== undefined && persons.has(noun)) return this.byNoun.get(singular(noun)) ?? [];
    return this.notificationFields(path, at);
  }

  /** A provider's notification read whole: the PI fields it documents (see notificationFields). */
  private notificationFields(path: string, at: ts.Node): RecordField[] {
    return notificationFields(path, at).flatMap((field) => {
      const v = this.classifier.names.judge(field.slice(field.lastIndexOf(".") + 1), "payment", at);
      return v ? [{ path: field, category: v.category, at }] : [];
    });
  }

  /**
   * The PI fields the program writes into a database collection or table (`db.collection("user")
   * .add({ data: { phone, address } })`), or, when it writes none, those of its person model
   * named like the collection (`users` → `User`), or a framework's schema (`uni-id-users`), else,
   * for a person collection of a database that stamps its records, the stamped fields.
   */
  fieldsOfCollection(name: string, at: ts.Node): readonly RecordField[] {
    this.collect();
    const written = this.byCollection.get(name.toLowerCase()) ?? [];
    const known = this.knownCollection(name, at);
    if (known.length > 0) {
      const both = new FieldSet();
      for (const f of [...written, ...known]) both.add(f);
      return both.fields;
    }
    if (written.length > 0) return written;
    const noun = holderNoun(name).noun;
    if (noun === undefined || !persons.has(noun)) return [];
    const model = this.byNoun.get(singular(noun)) ?? [];
    if (model.length > 0) return model;
    // A person's record in a database that stamps its creator (WeChat cloud's `_openid`) holds
    // at least that account id.
    const stamping = stampingDatabases.find((d) => usesModule(at.getSourceFile(), d.module));
    return this.resolved(stamping?.fields ?? [], at);
  }

  /** Fields a framework documents, by category id (see recognisers/known-collections.ts). */
  private resolved(
    fields: readonly { path: string; category: string }[],
    at: ts.Node,
  ): RecordField[] {
    const out = new FieldSet();
    for (const field of fields) {
      const category = this.taxonomy.resolve(field.category);
      if (category) out.add({ path: field.path, category, at });
    }
    return out.fields;
  }

  /** A framework-defined collection's PI fields (`uni-id-users`), classified like written keys. */
  private knownCollection(name: string, at: ts.Node): RecordField[] {
    const known = knownCollections.find((c) => c.collection === name.toLowerCase());
    return this.resolved(known?.fields ?? [], at);
  }

  private collect(): void {
    if (this.request) return;
    const request = new FieldSet();
    const byFile = new Map<ts.SourceFile, FieldSet>();
    const addRequest = (f: RecordField) => {
      request.add(f);
      const sf = f.at.getSourceFile();
      let set = byFile.get(sf);
      if (!set) byFile.set(sf, (set = new FieldSet()));
      set.add(f);
    };
    const byNoun = new Map<string, FieldSet>();
    const addRecord = (noun: string | undefined, fields: readonly RecordField[]) => {
      if (noun === undefined || !persons.has(noun) || fields.length === 0) return;
      let set = byNoun.get(singular(noun));
      if (!set) byNoun.set(singular(noun), (set = new FieldSet()));
      for (const f of fields) set.add(f);
    };
    const byCollection = new Map<string, FieldSet>();
    const contracts = new Map<string, [string, ts.Node][]>();
    const ruleSpreads: { name: string; at: ts.Node }[] = [];
    const addRuleKeys = (rules: ts.Expression) => {
      const found = validationRuleKeys(rules, this.checker);
      for (const [key, at] of found.keys) {
        const v = this.classifier.names.judge(key, "body", at);
        if (v) addRequest({ path: key, category: v.category, at });
      }
      ruleSpreads.push(...found.spreads);
    };
    const visit = (n: ts.Node): void => {
      if (isCallExpression(n)) {
        const validated = validatedPayloadRules(n);
        if (validated) addRuleKeys(validated);
        const written = collectionWrite(n) ?? modelDefinition(n, this.checker);
        if (written) {
          let set = byCollection.get(written.collection);
          if (!set) byCollection.set(written.collection, (set = new FieldSet()));
          const fields: RecordField[] = [];
          for (const [key, at] of written.keys) {
            const v = this.classifier.names.judge(key, written.collection, at);
            if (v) fields.push({ path: key, category: v.category, at });
          }
          for (const f of fields) set.add(f);
          // A model's definition also says what a record of its kind holds (`user` → User).
          if (written.definition) addRecord(holderNoun(written.collection).noun, fields);
        }
      }
      if (isPropertyAccessExpression(n) || isElementAccessExpression(n)) {
        const key = isPropertyAccessExpression(n)
          ? n.name.text
          : isStringLiteralLike(n.argumentExpression)
            ? n.argumentExpression.text
            : undefined;
        if (key !== undefined && isRequestPayload(n.expression)) {
          const v = this.classifier.names.judge(key, "body", n);
          if (v) addRequest({ path: key, category: v.category, at: n });
        }
      } else if (
        isVariableDeclaration(n) &&
        isObjectBindingPattern(n.name) &&
        n.initializer &&
        isRequestPayload(n.initializer)
      ) {
        for (const e of n.name.elements) {
          const key = e.propertyName ?? e.name;
          if (!isIdentifier(key) && !isStringLiteralLike(key)) continue;
          const v = this.classifier.names.judge(key.text, "body", e);
          if (v) addRequest({ path: key.text, category: v.category, at: e });
        }
      } else if (isParameter(n) && canHaveDecorators(n) && payloadParameter(n)) {
        for (const f of this.fieldsOfType(this.checker.getTypeAtLocation(n), n)) request.add(f);
      } else if (
        isPropertyAssignment(n) &&
        isObjectLiteralExpression(n.initializer) &&
        (isIdentifier(n.name) || isStringLiteralLike(n.name)) &&
        contractFile.test(n.getSourceFile().fileName)
      ) {
        contracts.set(n.name.text, objectKeys(n.initializer));
      } else if (isClassDeclaration(n) || isInterfaceDeclaration(n) || isTypeAliasDeclaration(n)) {
        if (n.name)
          addRecord(
            holderNoun(n.name.text).noun,
            this.fieldsOfType(this.checker.getTypeAtLocation(n.name), n.name),
          );
      }
      forEachChild(n, visit);
    };
    for (const sf of this.files()) if (!sf.isDeclarationFile) visit(sf);
    // `...ctx.rule.userCreateBodyReq`: the contract of that name declares the body's fields.
    for (const spread of ruleSpreads) {
      for (const [key, at] of contracts.get(spread.name) ?? []) {
        const v = this.classifier.names.judge(key, "body", at);
        if (v) addRequest({ path: key, category: v.category, at });
      }
    }
    this.request = request.fields;
    for (const [name, set] of byCollection) this.byCollection.set(name, set.fields);
    for (const [sf, set] of byFile) this.requestByFile.set(sf, set.fields);
    for (const [noun, set] of byNoun) this.byNoun.set(noun, set.fields);
  }

  private fieldsOfType(type: ts.Type, at: ts.Node): RecordField[] {
    return this.classifier
      .piFields(type)
      .map((f) => ({ path: f.path, category: f.category, at: f.declaration ?? at }));
  }
}

/** One key for a kind of person record: a `users` table's rows are `user` records. */
function singular(noun: string): string {
  return noun.endsWith("s") && persons.has(noun.slice(0, -1)) ? noun.slice(0, -1) : noun;
}

/** Fields keyed by category: the first field seen of each category stands for it. */
class FieldSet {
  readonly fields: RecordField[] = [];
  private readonly seen = new Set<string>();
  add(f: RecordField): void {
    if (f.path === "" || this.seen.has(f.category.id)) return;
    this.seen.add(f.category.id);
    this.fields.push(f);
  }
}
