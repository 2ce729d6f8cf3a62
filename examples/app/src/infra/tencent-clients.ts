import * as tencentcloud from "tencentcloud-sdk-nodejs";

const credential = {
  secretId: process.env.TENCENTCLOUD_SECRET_ID,
  secretKey: process.env.TENCENTCLOUD_SECRET_KEY,
};

/** Tencent Cloud SMS, the fallback provider for login codes. */
export const tencentSms = new tencentcloud.sms.v20210111.Client({
  credential,
  region: "ap-guangzhou",
});

/** Tencent Cloud FaceID: compares a face image with the photo on file for an ID number. */
export const faceId = new tencentcloud.faceid.v20180301.Client({
  credential,
  region: "ap-guangzhou",
});
