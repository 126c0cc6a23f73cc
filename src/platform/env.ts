import { z } from 'zod';

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(
      /^(postgres(ql)?:\/\/|file:|sqlite:)/,
      'DATABASE_URL must start with postgres:// or file:',
    )
    .default('file:./data/kanalkoll.sqlite'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  PUBLIC_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  TRUST_PROXY: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  // The vault's master keys, newest first: base64 of 32 bytes each, comma-separated while a
  // rotation rolls out. The value is never echoed in an error.
  KANALKOLL_MASTER_KEY: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v.split(',').map((k) => k.trim()) : undefined))
    .refine((keys) => !keys || keys.every(isKeyText), {
      message: 'each key must be the base64 of exactly 32 bytes (comma-separated: "new,old")',
    }),
  // Outgoing mail: without SMTP_URL every message goes to the local mailbox that
  // administrators read in the application.
  SMTP_URL: z
    .string()
    .trim()
    .regex(/^smtps?:\/\//, 'SMTP_URL must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().trim().min(3).default('Kanalkoll <kanalkoll@localhost>'),
  // Minutes between follow-up sweeps; 0 turns the schedule off (run `kanalkoll sweep` instead).
  SWEEP_MINUTES: z.coerce
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .default(5),
  // Where the master keys are kept when the variable above is not set; created on first start.
  KANALKOLL_MASTER_KEY_FILE: z.string().trim().min(1).default('./keys/master-key'),
});

// Standard or URL-safe base64 that decodes to exactly 32 bytes.
function isKeyText(text: string): boolean {
  if (!/^[A-Za-z0-9+/_-]{43}=?$/.test(text)) return false;
  return Buffer.from(text, 'base64').length === 32;
}

/** The application's configuration, checked once at start. */
export type Env = z.infer<typeof envSchema>;

/** Reads and validates the environment; throws a readable message naming each bad variable. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
