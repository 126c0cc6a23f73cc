import type { Audit } from '../../src/audits/audit.js';
import { createAudit } from '../../src/audits/create-audit.js';
import type { CreateAuditInput } from '../../src/audits/schemas.js';
import type { Actor } from '../../src/platform/auth/policy.js';
import type { Clock } from '../../src/platform/clock.js';
import type { Db } from '../../src/platform/db/database.js';
import type { Unit } from '../../src/units/unit.js';

/** A planned audit of a unit, by an actor who may manage audits there. */
export function makeAudit(
  db: Db,
  clock: Clock,
  actor: Actor,
  unit: Unit,
  input: Partial<CreateAuditInput> = {},
): Promise<Audit> {
  return createAudit(db, clock, actor, {
    kind: 'response_time',
    title: 'Svarstider 2026',
    year: 2026,
    unitId: unit.id,
    ...input,
  });
}
