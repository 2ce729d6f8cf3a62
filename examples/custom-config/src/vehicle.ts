/**
 * A car registered for the parking service. None of these fields is tagged: the security team's
 * config teaches pipl-guard the names (`vinCode`, `chejiahao`, `车架号`) of its new category
 * `vehicle.vin`.
 */
export interface Vehicle {
  ownerId: string;
  vinCode: string;
  /** The VIN as typed on the legacy kiosk, in pinyin (车架号). */
  chejiahao?: string;
  /** Car colour: not PI. */
  colour: string;
}

/** A gate event from the car-park cameras, keyed in Chinese by the vendor's SDK. */
export interface GateEvent {
  车架号: string;
  gateId: string;
  enteredAt: string;
}
