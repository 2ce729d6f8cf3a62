/**
 * A car registered for the parking service. None of these fields is tagged: the security team's
 * config teaches pipl-guard the names (`licensePlate`, `chepai`, `车牌号`) of its new category
 * `vehicle.license-plate`.
 */
export interface Vehicle {
  ownerId: string;
  licensePlate: string;
  /** The plate as typed on the legacy kiosk, in pinyin (车牌). */
  chepai?: string;
  /** Car colour: not PI. */
  colour: string;
}

/** A gate event from the car-park cameras, keyed in Chinese by the vendor's SDK. */
export interface GateEvent {
  车牌号: string;
  gateId: string;
  enteredAt: string;
}
