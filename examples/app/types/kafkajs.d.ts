// Minimal declaration of the parts of kafkajs (2.x) the example app uses, so it type-checks
// without `npm install`.
declare module "kafkajs" {
  export interface Message {
    key?: string | null;
    value: string | Buffer | null;
  }
  export interface ProducerRecord {
    topic: string;
    messages: Message[];
  }
  export interface Producer {
    connect(): Promise<void>;
    send(record: ProducerRecord): Promise<unknown>;
  }
  export class Kafka {
    constructor(config: { clientId: string; brokers: string[] });
    producer(): Producer;
  }
}
