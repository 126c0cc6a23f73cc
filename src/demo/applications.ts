import { DateTime } from 'luxon';
import type { AccountType } from '../accounts/account.js';
import { handleKey } from '../accounts/resolve-identity.js';
import {
  applicationSearchText,
  toApplication,
  type ApplicationEventKind,
  type ApplicationStatus,
  type StepRole,
} from '../applications/application.js';
import { readApplicationPolicy, teachingMaxEnd } from '../applications/application-policy.js';
import { convertApplication } from '../applications/convert-application.js';
import { effectiveStepRole, nearestReviewers } from '../applications/reviewers.js';
import { TIME_ZONE } from '../platform/i18n/format.js';
import { swedishSortKey } from '../platform/i18n/sort-key.js';
import { addDays } from './dates.js';
import type { DemoContext } from './demo-context.js';
import type { Random } from './random.js';

/** What happens to an application after it is begun, a day or more apart: kind and text. */
type Turn = [ApplicationEventKind, string?];

/** A demo application: who applies where for what, and what has happened to it since. */
interface DemoApplication {
  applicant: string;
  deputy: string;
  unit: string;
  type: AccountType;
  platform: string;
  handle: string;
  name: string;
  purpose: string;
  audience: string;
  people: 'none' | 'adults' | 'children';
  /** Days ago it was begun. */
  begun: number;
  turns: Turn[];
}

const MODERATION = 'Kommentarer läses varje vardag; det som bryter mot reglerna döljs och sparas.';
const CONSENT = 'Skriftligt samtycke från vårdnadshavare innan en elev syns; samtycket arkiveras.';
const a = (
  applicant: string,
  deputy: string,
  unit: string,
  type: AccountType,
  [platform, handle, name]: [string, string, string],
  [purpose, audience, people]: [string, string, DemoApplication['people']],
  begun: number,
  turns: Turn[],
): DemoApplication => ({
  applicant,
  deputy,
  unit,
  type,
  platform,
  handle,
  name,
  purpose,
  audience,
  people,
  begun,
  turns,
});

// Every status, the steps at different points, one sent back and submitted again.
const APPLICATIONS: readonly DemoApplication[] = [
  a(
    'Linnea Öhman',
    'Johan Ström',
    'Åbyskolan',
    'teaching',
    ['instagram', 'abyskolan.klass6a', 'Klass 6A på Åbyskolan'],
    ['Visa föräldrar vad klassen gör i skolan', 'Vårdnadshavare i klassen', 'children'],
    2,
    [],
  ),
  a(
    'Sofia Hedlund',
    'Erik Håkansson',
    'Turism och evenemang',
    'campaign',
    ['facebook', 'SommarIExempelstad', 'Sommar i Exempelstad'],
    ['Samla sommarens evenemang på ett ställe', 'Besökare och invånare', 'adults'],
    1,
    [],
  ),
  a(
    'Jonas Bergström',
    'Johan Ström',
    'Ekbackens skola',
    'teaching',
    ['instagram', 'ekbacken.klass4b', 'Klass 4B på Ekbackens skola'],
    ['Dela klassens arbete med vårdnadshavarna', 'Vårdnadshavare i klassen', 'children'],
    3,
    [['submitted']],
  ),
  a(
    'Oskar Lundgren',
    'Erik Håkansson',
    'Stadsbiblioteket',
    'official',
    ['instagram', 'stadsbiblioteket.barn', 'Stadsbibliotekets barnavdelning'],
    ['Tips på böcker och sagostunder för barn', 'Barnfamiljer', 'children'],
    20,
    [['submitted', 'Vi har bemanning för två inlägg i veckan.']],
  ),
  a(
    'Ali Yilmaz',
    'Erik Håkansson',
    'Fritidsgården Oasen',
    'official',
    ['tiktok', 'oasen.fritid', 'Fritidsgården Oasen'],
    ['Nå unga med programmet för kvällarna', 'Unga 13–18 år', 'adults'],
    9,
    [['submitted'], ['approved', 'Bra plan, gärna med en vuxen som modererar på kvällar.']],
  ),
  a(
    'Nils Gustafsson',
    'Erik Håkansson',
    'Räddningstjänsten',
    'campaign',
    ['instagram', 'sakersommar.exempelstad', 'Säker sommar vid vattnet'],
    ['Badsäkerhet och simskola inför sommarlovet', 'Barn och unga med familjer', 'children'],
    6,
    [['submitted'], ['approved'], ['comment', 'Vem tar över kontot under semestern?']],
  ),
  a(
    'Elin Forsberg',
    'Johan Ström',
    'Solrosens förskola',
    'official',
    ['facebook', 'SolrosensForskolaExempelstad', 'Solrosens förskola'],
    ['Berätta om förskolans vardag för vårdnadshavare', 'Vårdnadshavare', 'children'],
    12,
    [
      ['submitted'],
      ['changes_requested', 'Beskriv hur samtycke för bilder på barn inhämtas.'],
      ['resubmitted', 'Samtyckesrutinen är nu beskriven.'],
    ],
  ),
  a(
    'Maja Wallin',
    'Erik Håkansson',
    'Kulturskolan',
    'teaching',
    ['instagram', 'kulturskolan.orkestern', 'Kulturskolans orkester'],
    ['Visa orkesterns repetitioner och konserter', 'Elever och vårdnadshavare', 'children'],
    8,
    [['submitted'], ['changes_requested', 'Slutdatumet ska vara läsårets slut.']],
  ),
  a(
    'Johan Ström',
    'Anna Lindqvist',
    'Älvdalsgymnasiet',
    'official',
    ['linkedin', 'alvdalsgymnasiet-jobb', 'Jobba på Älvdalsgymnasiet'],
    ['Rekrytera lärare och förskollärare', 'Lärare och studenter', 'none'],
    15,
    [
      ['submitted'],
      ['approved'],
      ['changes_requested', 'Ange hur många timmar i veckan kontot får och vem som ersätter.'],
    ],
  ),
  a(
    'Sara Nyström',
    'Anna Lindqvist',
    'Solgläntans äldreboende',
    'official',
    ['facebook', 'SolglantansVardag', 'Vardagen på Solgläntan'],
    [
      'Visa anhöriga vardagen och aktiviteterna på boendet',
      'Anhöriga och blivande boende',
      'adults',
    ],
    40,
    [['submitted'], ['approved'], ['approved', 'Godkänt. Glöm inte att ange adressen.']],
  ),
  a(
    'Jonas Bergström',
    'Johan Ström',
    'Ekbackens skola',
    'teaching',
    ['instagram', 'ekbacken.klass6c', 'Klass 6C på Ekbackens skola'],
    ['Klassens projekt om närmiljön', 'Vårdnadshavare i klassen', 'children'],
    10,
    [['submitted'], ['approved']],
  ),
  a(
    'Ali Yilmaz',
    'Erik Håkansson',
    'Ungdomens hus',
    'campaign',
    ['instagram', 'sommarjobb.exempelstad', 'Sommarjobb för unga'],
    ['Locka unga att söka kommunens sommarjobb', 'Unga 16–19 år', 'adults'],
    7,
    [['submitted'], ['approved'], ['approved']],
  ),
  a(
    'Oskar Lundgren',
    'Erik Håkansson',
    'Stadsbiblioteket',
    'official',
    ['x', 'StadsbiblX', 'Stadsbiblioteket på X'],
    ['Nyheter från biblioteket', 'Vuxna låntagare', 'none'],
    30,
    [
      ['submitted'],
      ['approved'],
      [
        'rejected',
        'Biblioteket når samma målgrupp på Facebook och Instagram; ett konto till kräver resurser som saknas.',
      ],
    ],
  ),
  a(
    'Linnea Öhman',
    'Johan Ström',
    'Åbyskolan',
    'teaching',
    ['tiktok', 'abyskolan.9b', 'Klass 9B på TikTok'],
    ['Filmer från klassens arbete', 'Elever', 'children'],
    14,
    [
      ['submitted'],
      ['rejected', 'TikTok används inte i undervisningen enligt kommunens riktlinjer.'],
    ],
  ),
  a(
    'Erik Håkansson',
    'Anna Lindqvist',
    'Åby bibliotek',
    'official',
    ['instagram', 'aby.bibliotek.evenemang', 'Evenemang på Åby bibliotek'],
    ['Författarbesök, läsecirklar och lovaktiviteter', 'Invånare i Åby', 'adults'],
    4,
    [['submitted'], ['comment', 'Vilka äldre konton ersätts? Ange dem under Övrigt.']],
  ),
];

/**
 * Applications for new accounts in every state, each with its history; the approved ones became
 * `applied` accounts as approval does, waiting for their address. A fixed number of them,
 * whatever the size of the register (fewer when an applicant has left).
 */
export async function insertDemoApplications(demo: DemoContext, random: Random): Promise<void> {
  const { tx, today } = demo;
  // A demo asked for no accounts gets none, not even from an application.
  if (!(await tx.selectFrom('accounts').select('id').limit(1).executeTakeFirst())) return;
  const names = [...new Set(APPLICATIONS.flatMap((d) => [d.applicant, d.deputy]))];
  // Someone the demo let leave has no applications under way, nor is proposed as a deputy.
  const users = new Map(
    (
      await tx
        .selectFrom('users')
        .select(['id', 'name'])
        .where('name', 'in', names)
        .where('active', '=', 1)
        .execute()
    ).map((u) => [u.name, u.id]),
  );
  const units = new Map(
    (await tx.selectFrom('units').select(['id', 'name', 'path']).execute()).map((u) => [u.name, u]),
  );
  const taken = await takenHandles(demo);
  const policy = await readApplicationPolicy(tx);
  const endOf = (type: AccountType) =>
    type === 'teaching'
      ? teachingMaxEnd(today, policy)
      : type === 'campaign'
        ? addDays(today, 75)
        : null;
  const approved: { id: number; at: string; by: number }[] = [];
  for (const d of APPLICATIONS) {
    const applicant = users.get(d.applicant);
    const unit = units.get(d.unit);
    if (!applicant || !unit) continue;
    const handle = taken.has(`${d.platform}:${handleKey(d.handle)}`) ? `${d.handle}2` : d.handle;
    const steps = policy.steps[d.type];
    const roles: StepRole[] = [];
    for (const role of steps)
      roles.push((await effectiveStepRole(tx, role, unit.path, applicant)) ?? 'admin');
    const { events, status, step, revision, stepAt, decidedBy } = await replay(
      demo,
      d,
      { applicant, unitPath: unit.path, roles },
      random,
    );
    const begun = events[0]!.at;
    const decided = status === 'approved' || status === 'rejected';
    const last = events.at(-1)!;
    const fields = {
      displayName: d.name,
      handle,
      platform: d.platform,
      purpose: d.purpose,
    };
    const { id } = await tx
      .insertInto('applications')
      .values({
        status,
        type: d.type,
        unit_id: unit.id,
        platform: d.platform,
        handle,
        handle_key: handleKey(handle),
        display_name: d.name,
        name_key: swedishSortKey(d.name),
        purpose: d.purpose,
        goals: d.type === 'teaching' ? '' : 'Fler når verksamhetens information i tid',
        audience: d.audience,
        publishing_plan: d.type === 'teaching' ? '' : 'Två inlägg i veckan, fler vid evenemang',
        resources_hours: d.type === 'teaching' ? null : 3,
        identifiable_people: d.people,
        consent_routine: d.people === 'none' ? '' : CONSENT,
        moderation_routine: MODERATION,
        end_date: endOf(d.type),
        applicant_user_id: applicant,
        steps_json: revision > 0 ? JSON.stringify(roles) : null,
        current_step: revision > 0 ? step : null,
        current_step_role: revision > 0 ? roles[step]! : null,
        step_started_at: revision > 0 ? stepAt : null,
        revision,
        submitted_at: events.find((e) => e.kind === 'submitted')?.at ?? null,
        decided_at: decided ? last.at : null,
        decided_by: decided ? decidedBy : null,
        decision_reason: decided ? last.text : '',
        search_text: applicationSearchText(fields),
        created_at: begun,
        updated_at: last.at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const deputy = users.get(d.deputy);
    await tx
      .insertInto('application_people')
      .values([
        { application_id: id, user_id: applicant, role: 'owner' },
        ...(deputy && deputy !== applicant
          ? [{ application_id: id, user_id: deputy, role: 'deputy' }]
          : []),
      ])
      .execute();
    await tx
      .insertInto('application_events')
      .values(
        events.map((e) => ({
          application_id: id,
          revision: e.rev,
          kind: e.kind,
          step: e.step,
          step_role: e.step === null ? null : roles[e.step]!,
          text: e.text,
          actor_user_id: e.by,
          at: e.at,
        })),
      )
      .execute();
    if (status === 'approved') approved.push({ id, at: last.at, by: decidedBy! });
  }
  // Converted as the final approval does, in the order they were approved.
  for (const done of approved.sort((x, y) => (x.at < y.at ? -1 : 1))) {
    const row = await tx
      .selectFrom('applications')
      .selectAll()
      .where('id', '=', done.id)
      .executeTakeFirstOrThrow();
    await convertApplication(tx, { now: () => new Date(done.at) }, done.by, toApplication(row));
  }
}

/** An event of a demo application, before it is stored. */
interface DemoEvent {
  kind: ApplicationEventKind;
  text: string;
  by: number;
  at: string;
  rev: number;
  step: number | null;
}

/**
 * Plays an application's turns from the day it was begun, a day apart in office hours: its
 * events, each by the applicant or the nearest reviewer of the step, and where they leave it.
 */
async function replay(
  demo: DemoContext,
  d: DemoApplication,
  who: { applicant: number; unitPath: string; roles: StepRole[] },
  random: Random,
) {
  const { applicant, unitPath, roles } = who;
  let time = DateTime.fromISO(addDays(demo.today, -d.begun), { zone: TIME_ZONE });
  const officeHours = () => ({ hour: 8 + random.int(0, 7), minute: random.int(0, 59) });
  const begun = (time = time.set(officeHours())).toUTC().toISO()!;
  const at = () => (time = time.plus({ days: 1 }).set(officeHours())).toUTC().toISO()!;
  const events: DemoEvent[] = [
    { kind: 'created', text: '', by: applicant, at: begun, rev: 0, step: null },
  ];
  let status: ApplicationStatus = 'draft';
  let [step, revision, stepAt, decidedBy] = [0, 0, begun, null as number | null];
  for (const [kind, text = ''] of d.turns) {
    const when = at();
    const reviewer =
      (await nearestReviewers(demo.tx, roles[step]!, unitPath, [applicant]))[0] ?? demo.adminId;
    const own = kind === 'submitted' || kind === 'resubmitted';
    if (own) [revision, status, stepAt] = [revision + 1, 'submitted', when];
    if (kind === 'changes_requested') status = 'changes_requested';
    if (kind === 'rejected') [status, decidedBy] = ['rejected', reviewer];
    events.push({
      kind,
      text,
      by: own ? applicant : reviewer,
      at: when,
      rev: revision,
      step: own ? null : step,
    });
    if (kind !== 'approved') continue;
    if (step < roles.length - 1) [step, stepAt] = [step + 1, when];
    else [status, decidedBy] = ['approved', reviewer];
  }
  return { events, status, step, revision, stepAt, decidedBy };
}

// The demo's own accounts keep their handles: an application for one of them gets another.
async function takenHandles(demo: DemoContext): Promise<Set<string>> {
  const rows = await demo.tx
    .selectFrom('accounts')
    .select(['platform', 'handle_key'])
    .where((eb) =>
      eb.or(
        APPLICATIONS.map((d) =>
          eb.and([eb('platform', '=', d.platform), eb('handle_key', '=', handleKey(d.handle))]),
        ),
      ),
    )
    .execute();
  return new Set(rows.map((r) => `${r.platform}:${r.handle_key}`));
}
