import Dysmsapi from "@alicloud/dysmsapi20170525";

/** Alibaba Cloud SMS client that delivers login codes. Credentials come from the environment. */
export const aliyunSms = new Dysmsapi({
  accessKeyId: process.env.ALIYUN_AK_ID,
  accessKeySecret: process.env.ALIYUN_AK_SECRET,
  endpoint: "dysmsapi.aliyuncs.com",
});
