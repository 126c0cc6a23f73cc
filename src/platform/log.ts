import { pino, type Logger } from 'pino';

/** Creates the application logger; secrets in well-known fields are redacted. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: [
      'password',
      '*.password',
      'token',
      '*.token',
      'headers.authorization',
      'headers.cookie',
    ],
  });
}

export type { Logger };
