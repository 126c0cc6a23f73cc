import { z } from 'zod';
import { authorizeAnywhere } from '../platform/auth/policy.js';
import { ApiRouter } from '../platform/http/api-route.js';
import { actorOf } from '../platform/http/require-actor.js';
import { listMail } from './list-mail.js';
import { MAIL_KINDS, MAIL_STATUSES } from './mail-message.js';
import { listMailQuery } from './schemas.js';

const item = z.object({
  id: z.number().int(),
  messageId: z.string().describe('The RFC 5322 Message-ID; the same on every attempt'),
  kind: z.enum(MAIL_KINDS),
  status: z.enum(MAIL_STATUSES),
  toUserId: z.number().int().nullable(),
  toAddress: z.string(),
  locale: z.string(),
  subject: z.string(),
  attempts: z.number().int().describe('How many times sending was started'),
  nextAttemptAt: z.string().nullable().describe('While waiting: when the next attempt is due'),
  lastError: z.string().describe('The last refusal as the server gave it, e.g. "451 try later"'),
  serverResponse: z.string().describe('The server’s answer when it took the message'),
  transport: z.string().describe('smtp or mailbox (the local mailbox); empty until sent'),
  resentFrom: z.number().int().nullable().describe('The message this one is a copy of'),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});

/** The API of the mail log: GET /mail-log. */
export function mailLogApi(): ApiRouter {
  const api = new ApiRouter();
  api.route(
    {
      method: 'get',
      path: '/mail-log',
      operationId: 'listMail',
      summary:
        'Lists every e-mail message, newest first: to whom, what, its status and the server’s ' +
        'answer; for administrators of the whole organisation',
      tag: 'Mail',
      query: listMailQuery,
      response: z.object({
        items: z.array(item),
        page: z.number().int(),
        pageSize: z.number().int(),
        total: z.number().int(),
      }),
      errors: [400, 403],
    },
    async (c, { query }) => {
      authorizeAnywhere(actorOf(c), 'settings.manage');
      return listMail(c.get('deps').db, query);
    },
  );
  return api;
}
