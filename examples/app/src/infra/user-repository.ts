import type { Order } from "../model/order.js";
import type { RealNameRecord } from "../model/real-name-record.js";
import type { UserProfile } from "../model/user-profile.js";

/** Data access. Returns synthetic records so the example needs no database. */
export const userRepository = {
  async findUser(id: string): Promise<UserProfile> {
    return {
      id,
      mobile: "13800138000",
      realName: "测试用户",
      sfzh: "110105199003071239",
      nickname: "test-user",
      hasPhone: true,
    };
  },
  async findRealNameRecord(userId: string): Promise<RealNameRecord> {
    return { userId, xingming: "测试用户", idNumber: "110105199003071239", faceImage: "" };
  },
  async listOrders(userId: string): Promise<Order[]> {
    return [
      {
        orderNo: "SO202611280001",
        userId,
        receiverName: "测试用户",
        receiverMobile: "13800138000",
        shippingAddress: "测试省测试市测试路1号",
        amount: 9900,
        faceValue: 1000,
        createdAt: new Date("2026-11-28T08:00:00Z"),
      },
    ];
  },
};
