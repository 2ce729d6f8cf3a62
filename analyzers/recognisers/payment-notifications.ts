// Payloads whose shape a payment provider documents: a callback that reads their marker fields
// receives the whole notification, and logging it logs the fields it carries. Source: WeChat Pay
// API v2, 支付结果通知 (pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_7): the XML body has
// return_code, result_code, mch_id, openid, bank_type, total_fee, transaction_id, out_trade_no.

/** A payload a provider documents: its name and the PI fields it always carries. */
export interface KnownPayload {
  name: string;
  /** PI fields the payload carries (dotted paths); classified by name like a declared field. */
  carries: readonly string[];
}

/** A provider's notification, with the fields that identify it. */
export interface KnownNotification extends KnownPayload {
  /** Two or more of these read from one value mark it as this notification. */
  markers: readonly string[];
}

export const paymentNotifications: readonly KnownNotification[] = [
  {
    name: "WeChat Pay payment notification (API v2)",
    markers: [
      "return_code",
      "result_code",
      "out_trade_no",
      "transaction_id",
      "total_fee",
      "bank_type",
      "mch_id",
    ],
    carries: ["openid"],
  },
];
