import { Kafka } from "kafkajs";

const kafka = new Kafka({ clientId: "user-service", brokers: ["kafka.internal:9092"] });

/** Producer for domain events; the data platform team and two partners consume the topics. */
export const producer = kafka.producer();
