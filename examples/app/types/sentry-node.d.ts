// Minimal declaration of the parts of @sentry/node (v8) the example app uses, so it type-checks
// without `npm install`. `setUser` attaches a user context to every later error event.
declare module "@sentry/node" {
  export interface User {
    id?: string;
    username?: string;
    email?: string;
    ip_address?: string;
    [key: string]: unknown;
  }
  export function init(options: { dsn?: string; environment?: string }): void;
  export function setUser(user: User | null): void;
  export function captureException(
    error: unknown,
    hint?: { extra?: Record<string, unknown> },
  ): string;
}
