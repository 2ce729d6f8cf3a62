// Minimal declaration of the parts of openai (v4/v5) the example app uses, so it type-checks
// without `npm install`. A client sends its requests to `baseURL` (default: api.openai.com).
declare module "openai" {
  export interface ChatMessage {
    role: "system" | "user" | "assistant";
    content: string;
  }
  export default class OpenAI {
    constructor(options?: { apiKey?: string; baseURL?: string });
    chat: {
      completions: {
        create(body: { model: string; messages: ChatMessage[] }): Promise<unknown>;
      };
    };
  }
}
