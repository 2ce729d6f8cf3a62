import { describe, expect, it } from "vitest";
import { analyze, describeWithConfidence } from "./support/analyze-files.js";

// Real services check consent where the route is declared, not inside the handler: a NestJS guard
// or a middleware in the router's chain covers the handler's sinks.
describe("consent enforced at the route", () => {
  const nest = (guard: string) =>
    analyze({
      "face.controller.ts": [
        `declare function UseGuards(...g: unknown[]): MethodDecorator;`,
        `declare function Post(p: string): MethodDecorator;`,
        `declare function ConsentGuard(...c: string[]): unknown;`,
        `declare class AuditGuard {}`,
        `interface FaceBody { faceImage: string }`,
        `export class FaceController {`,
        `  @Post("/face")`,
        `  @UseGuards(${guard})`,
        `  verify(body: FaceBody) { console.log(body.faceImage); }`,
        `}`,
      ].join("\n"),
    });

  it("accepts a NestJS consent guard naming the category", () => {
    expect(nest(`ConsentGuard("face")`).findings).toEqual([]);
  });

  it("accepts a constructed guard with categories in an array", () => {
    const r = analyze({
      "a.ts": [
        `declare function UseGuards(...g: unknown[]): MethodDecorator;`,
        `declare class ConsentGuard { constructor(c: string[]) }`,
        `interface FaceBody { faceImage: string }`,
        `export class C {`,
        `  @UseGuards(new ConsentGuard(["face"]))`,
        `  verify(body: FaceBody) { console.log(body.faceImage); }`,
        `}`,
      ].join("\n"),
    });
    expect(r.findings).toEqual([]);
  });

  it("still reports when the guard is not a consent guard or names another category", () => {
    expect(describeWithConfidence(nest(`AuditGuard`))).toEqual([
      "log biometric.face body.faceImage console high",
    ]);
    expect(nest(`ConsentGuard("phone")`).findings.map((f) => f.reason)).toEqual([
      "consent-for-other-category",
    ]);
  });

  it("accepts consent middleware before an inline Koa handler", () => {
    const r = analyze({
      "routes.js": `exports.mount = (router, requireConsent) => {\n  router.post("/face", requireConsent("face"), async (ctx) => {\n    console.log(ctx.request.body.faceImage);\n  });\n  router.post("/open", async (ctx) => {\n    console.log(ctx.request.body.faceImage);\n  });\n};`,
    });
    expect(r.findings.map((f) => r.text.slice(0, f.start).split("\n").length)).toEqual([6]);
  });

  it("accepts consent middleware before a handler passed by name in the same file", () => {
    const r = analyze({
      "routes.js": [
        `async function verifyFace(ctx) { console.log(ctx.request.body.faceImage); }`,
        `async function openFace(ctx) { console.log(ctx.request.body.faceImage); }`,
        `exports.mount = (router, requireConsent) => {`,
        `  router.post("/face", requireConsent("face"), verifyFace);`,
        `  router.post("/open", openFace);`,
        `};`,
      ].join("\n"),
    });
    expect(r.findings.map((f) => r.text.slice(0, f.start).split("\n").length)).toEqual([2]);
  });
});

describe("consent in Egg and Midway routes", () => {
  it("accepts consent middleware before a controller method in Egg's app/router.js", () => {
    const controller = [
      `const Controller = require("egg").Controller;`,
      `class FaceController extends Controller {`,
      `  async verify() { console.log(this.ctx.request.body.faceImage); }`,
      `  async open() { console.log(this.ctx.request.body.faceImage); }`,
      `}`,
      `module.exports = FaceController;`,
    ].join("\n");
    const router = [
      `module.exports = (app) => {`,
      `  const { router, controller, middleware } = app;`,
      `  router.post("/face", middleware.consent("face"), controller.face.verify);`,
      `  router.post("/open", controller.face.open);`,
      `};`,
    ].join("\n");
    const r = analyze(
      { "app/controller/face.js": controller, "app/router.js": router },
      "app/controller/face.js",
    );
    expect(r.findings.map((f) => r.text.slice(0, f.start).split("\n").length)).toEqual([4]);
  });

  it("accepts Midway route middleware that asserts consent", () => {
    const r = analyze({
      "face.controller.ts": [
        `declare function Post(p: string, o?: { middleware?: unknown[] }): MethodDecorator;`,
        `declare class ConsentMiddleware {}`,
        `declare class TimingMiddleware {}`,
        `interface UserBody { mobile: string }`,
        `export class UserController {`,
        `  @Post("/bind", { middleware: [ConsentMiddleware] })`,
        `  bind(body: UserBody) { console.log(body.mobile); }`,
        `  @Post("/open", { middleware: [TimingMiddleware] })`,
        `  open(body: UserBody) { console.log(body.mobile); }`,
        `}`,
      ].join("\n"),
    });
    // A bare consent middleware names no category: general consent, which covers the mobile number.
    expect(r.findings.map((f) => r.text.slice(0, f.start).split("\n").length)).toEqual([9]);
  });
});
