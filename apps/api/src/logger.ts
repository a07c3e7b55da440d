import pino from 'pino';

export type Logger = pino.Logger;

/**
 * Structured JSON logs. Cookies, tokens and passwords are redacted wherever they appear in a
 * logged object, as a second line of defence: nothing should log them in the first place.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'samsyn-api' },
    redact: {
      paths: [
        'password',
        '*.password',
        'token',
        '*.token',
        'cookie',
        '*.cookie',
        'headers.cookie',
        'headers.authorization',
        '*.headers.cookie',
        '*.headers.authorization',
      ],
      censor: '[redacted]',
    },
  });
}
