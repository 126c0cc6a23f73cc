import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv, Ctx } from './context.js';
import { AppError } from './errors.js';
import { validate } from './form.js';

type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';
type AnyObject = z.ZodObject<z.ZodRawShape>;

/** One API operation: the zod schemas validate requests and also generate the OpenAPI document. */
export interface ApiRouteSpec<
  P extends AnyObject | undefined = AnyObject | undefined,
  Q extends AnyObject | undefined = AnyObject | undefined,
  B extends z.ZodType | undefined = z.ZodType | undefined,
  R extends z.ZodType = z.ZodType,
> {
  method: Method;
  path: string;
  operationId: string;
  summary: string;
  tag: string;
  params?: P;
  query?: Q;
  body?: B;
  response: R;
  status?: 200 | 201;
  errors?: (400 | 401 | 403 | 404 | 409 | 429)[];
}

type Infer<T> = T extends z.ZodType ? z.infer<T> : undefined;

/** A group of API operations that records each one for the OpenAPI document. */
export class ApiRouter {
  readonly app = new Hono<AppEnv>();
  readonly specs: ApiRouteSpec[] = [];

  /** Adds an operation: parses params, query and JSON body, calls the handler, answers JSON. */
  route<
    P extends AnyObject | undefined,
    Q extends AnyObject | undefined,
    B extends z.ZodType | undefined,
    R extends z.ZodType,
  >(
    spec: ApiRouteSpec<P, Q, B, R>,
    handler: (
      c: Ctx,
      input: { params: Infer<P>; query: Infer<Q>; body: Infer<B> },
    ) => Promise<z.input<R>>,
  ): void {
    this.specs.push(spec as unknown as ApiRouteSpec);
    const honoPath = spec.path.replace(/\{(\w+)\}/g, ':$1');
    this.app.on(spec.method.toUpperCase(), honoPath, async (c) => {
      const params = spec.params ? validate(spec.params, c.req.param()) : undefined;
      const query = spec.query ? validate(spec.query, c.req.query()) : undefined;
      let body: unknown;
      if (spec.body) {
        const raw = await c.req.json().catch(() => {
          throw new AppError('validation_failed', [{ path: [], message: 'validation.json' }]);
        });
        body = validate(spec.body, raw);
      }
      const result = await handler(c, {
        params: params as Infer<P>,
        query: query as Infer<Q>,
        body: body as Infer<B>,
      });
      return c.json(result as object, spec.status ?? 200);
    });
  }
}
