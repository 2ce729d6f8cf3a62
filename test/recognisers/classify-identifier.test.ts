import { describe, expect, test } from "vitest";
import { classifyIdentifier, tokenizeIdentifier } from "../../analyzers/index.js";

/** [identifier, expected best category id]. */
const positives: [string, string][] = [
  ["idCard", "identity.resident-id"],
  ["IDCard", "identity.resident-id"],
  ["idCardNo", "identity.resident-id"],
  ["userIdCardNo", "identity.resident-id"],
  ["userIDNo", "identity.resident-id"],
  ["id_number", "identity.resident-id"],
  ["identity-number", "identity.resident-id"],
  ["nationalId", "identity.resident-id"],
  ["certNo", "identity.resident-id"],
  ["sfz", "identity.resident-id"],
  ["sfzh", "identity.resident-id"],
  ["sfzhm", "identity.resident-id"],
  ["zjhm", "identity.resident-id"],
  ["shenfenzhenghaoma", "identity.resident-id"],
  ["身份证号", "identity.resident-id"],
  ["用户身份证号", "identity.resident-id"],
  ["公民身份号码", "identity.resident-id"],
  ["realName", "basic.name"],
  ["fullName", "basic.name"],
  ["userName", "basic.name"],
  ["patientName", "basic.name"],
  ["name", "basic.name"],
  ["xm", "basic.name"],
  ["sqrxm", "basic.name"],
  ["xingming", "basic.name"],
  ["姓名", "basic.name"],
  ["phone", "contact.mobile"],
  ["mobile", "contact.mobile"],
  ["mobileNo", "contact.mobile"],
  ["phoneNumber", "contact.mobile"],
  ["cellPhoneNumber", "contact.mobile"],
  ["contactPhone", "contact.mobile"],
  ["user_mobile", "contact.mobile"],
  ["sjh", "contact.mobile"],
  ["lxdh", "contact.mobile"],
  ["shoujihaoma", "contact.mobile"],
  ["手机号", "contact.mobile"],
  ["email", "contact.email"],
  ["emailAddress", "contact.email"],
  ["邮箱", "contact.email"],
  ["smsCode", "auth.verification-code"],
  ["verifyCode", "auth.verification-code"],
  ["verificationCode", "auth.verification-code"],
  ["yzm", "auth.verification-code"],
  ["验证码", "auth.verification-code"],
  ["otp", "auth.verification-code"],
  ["wechatId", "account.social"],
  ["openId", "account.social"],
  ["unionid", "account.social"],
  ["微信号", "account.social"],
  ["faceImage", "biometric.face"],
  ["face", "biometric.face"],
  ["faceToken", "biometric.face"],
  ["人脸", "biometric.face"],
  ["fingerprint", "biometric.fingerprint"],
  ["voicePrint", "biometric.voiceprint"],
  ["bankCardNo", "financial.bank-account"],
  ["cardNo", "financial.bank-account"],
  ["yhkh", "financial.bank-account"],
  ["银行卡号", "financial.bank-account"],
  ["address", "basic.address"],
  ["homeAddress", "basic.address"],
  ["addressLine1", "basic.address"],
  ["hjdz", "basic.address"],
  ["住址", "basic.address"],
  ["birthday", "basic.birth-date"],
  ["dateOfBirth", "basic.birth-date"],
  ["csrq", "basic.birth-date"],
  ["gender", "basic.gender"],
  ["xb", "basic.gender"],
  ["ethnicity", "basic.ethnicity"],
  ["password", "account.credential"],
  ["loginPwd", "account.credential"],
  ["passportNo", "identity.passport"],
  ["idCardImage", "identity.document-image"],
  ["diagnosis", "health"],
  ["medicalRecord", "health"],
  ["latitude", "location.precise"],
  ["gpsLocation", "location.precise"],
  ["行踪轨迹", "location.precise"],
  ["transactionHistory", "financial.transaction"],
  ["religion", "religion"],
  ["homeReturnPermit", "identity.travel-permit"],
  ["用户手机号码", "contact.mobile"],
  ["收货地址", "basic.address"],
];

/** Identifiers that must stay silent: substrings, things named like PI, measures and predicates. */
const negatives: string[] = [
  "xml",
  "xmlParser",
  "surface",
  "interface",
  "typeface",
  "faceValue",
  "mobileBreakpoint",
  "phoneme",
  "verificationCodeLength",
  "codeVerifier",
  "codeChallenge",
  "fileName",
  "className",
  "hostName",
  "hostname",
  "nameSpace",
  "namespace",
  "productName",
  "tableName",
  "displayName",
  "nickName",
  "ipAddress",
  "macAddress",
  "serverAddress",
  "walletAddress",
  "isMobile",
  "hasPhone",
  "isIdCard",
  "showEmail",
  "phoneCount",
  "passwordLength",
  "mobileRegex",
  "idCardPattern",
  "smsCodeEnabled",
  "idType",
  "phoneLabel",
  "emailPlaceholder",
  "maskedMobile",
  "mobileMasked",
  "code",
  "id",
  "userId",
  "orderId",
  "account",
  "accountType",
  "transaction",
  "dbTransaction",
  "healthCheck",
  "minorVersion",
  "dhcp",
  "dhParams",
  "userXml",
  "sfzFormat",
  "zjhmLength",
  "captchaTimeout",
  "errorCode",
  "statusCode",
  "countryCode",
  "renderFace",
  "emailValidator",
  "phoneVerified",
  "passwordPolicy",
  "sexy",
  "nameless",
  "手机型号",
  "用户手机端配置",
  "地址栏",
];

describe("classifyIdentifier", () => {
  test.each(positives)("%s is %s", (identifier, expected) => {
    expect(classifyIdentifier(identifier)[0]?.category.id).toBe(expected);
  });

  test.each(negatives)("%s is not personal information", (identifier) => {
    expect(classifyIdentifier(identifier)).toEqual([]);
  });

  test("confidence is exact for a whole vocabulary entry and token for a part", () => {
    expect(classifyIdentifier("idCardNo")[0]).toMatchObject({
      token: "id card no",
      confidence: "exact",
    });
    expect(classifyIdentifier("customerIdCardNo")[0]).toMatchObject({
      token: "id card no",
      confidence: "token",
    });
    expect(classifyIdentifier("用户身份证号")[0]).toMatchObject({
      token: "身份证号",
      confidence: "token",
    });
  });

  test("lists every category an identifier names, sensitive first", () => {
    expect(classifyIdentifier("userNameAndIdCard").map((m) => m.category.id)).toEqual([
      "identity.resident-id",
      "basic.name",
    ]);
    expect(classifyIdentifier("mobileSmsCode").map((m) => m.category.id)).toEqual([
      "auth.verification-code",
      "contact.mobile",
    ]);
  });

  test("returns a fresh array each time, so callers cannot corrupt the memo", () => {
    const first = classifyIdentifier("mobile");
    first.pop();
    expect(classifyIdentifier("mobile").map((m) => m.category.id)).toEqual(["contact.mobile"]);
  });
});

describe("tokenizeIdentifier", () => {
  test.each([
    ["userIDNo", ["user", "id", "no"]],
    ["IDCard", ["id", "card"]],
    ["XMLHttpRequest", ["xml", "http", "request"]],
    ["id_card-no.value", ["id", "card", "no", "value"]],
    ["phone2Backup", ["phone", "2", "backup"]],
    ["用户身份证号", ["用户身份证号"]],
    ["user身份证No", ["user", "身份证", "no"]],
    ["$__", []],
  ])("%s → %j", (identifier, tokens) => {
    expect(tokenizeIdentifier(identifier)).toEqual(tokens);
  });
});
