/**
 * What real-name verification (实名认证) collects: the ID card's name and number and a face
 * image (Guiding Cases 192 and 193). Every field is sensitive PI except the timestamps.
 */
export interface RealNameRecord {
  userId: string;
  /** @pipl name */
  xingming: string;
  /** @pipl resident-id */
  idNumber: string;
  /** @pipl face */
  faceImage: string;
  /** @pipl id-card-image */
  idCardFrontImage?: string;
  verifiedAt?: Date;
}
