/** A delivery order. The receiver's name, phone and address are PI even though the buyer is not. */
export interface Order {
  orderNo: string;
  userId: string;
  /**
   * The person the parcel goes to. "receiverName" is too generic to classify by name, hence
   * the tag.
   *
   * @pipl name
   */
  receiverName: string;
  receiverMobile: string;
  /** @pipl address */
  shippingAddress: string;
  /** Price in fen. */
  amount: number;
  /** The coupon's face value in fen: money, not a face. */
  faceValue: number;
  createdAt: Date;
}
