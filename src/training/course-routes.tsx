import { Hono } from 'hono';
import { authorizeAnywhere, canAnywhere } from '../platform/auth/policy.js';
import type { AppEnv, Ctx } from '../platform/http/context.js';
import { idFromPath, validate } from '../platform/http/form.js';
import { redirectWithFlash } from '../platform/http/request-context.js';
import { actorOf } from '../platform/http/require-actor.js';
import { submitForm } from '../platform/http/submit-form.js';
import type { ErrorMap } from '../platform/http/ui/form.js';
import type { Course } from './course.js';
import { courseFormPage, courseFormValues } from './course-form.js';
import { courseListPage } from './course-list-page.js';
import { coursePage } from './course-page.js';
import { getCourse, listCourses } from './course-queries.js';
import { createCourse } from './create-course.js';
import { createCourseInput, listCoursesQuery, parseQuery, updateCourseInput } from './schemas.js';
import { updateCourse } from './update-course.js';

// An unticked checkbox is not sent at all: in this form its absence means "no".
const withBoxes = (values: Record<string, string>) => ({
  ...values,
  required: values.required ?? '0',
  active: values.active ?? '0',
});

const form = (
  c: Ctx,
  values: Record<string, string>,
  errors: ErrorMap,
  status: number,
  course?: Course,
) => courseFormPage(c, { course, values: withBoxes(values), errors }, status);

/** The courses: the list, one course, and the forms that add and change them. */
export function courseRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/', async (c) => {
    const query = parseQuery(listCoursesQuery, c.req.query());
    const result = await listCourses(c.get('deps').db, query);
    return courseListPage(c, {
      query,
      result,
      canManage: canAnywhere(actorOf(c), 'settings.manage'),
    });
  });

  app.get('/new', (c) => {
    authorizeAnywhere(actorOf(c), 'settings.manage');
    return form(c, { required: '1', active: '1' }, {}, 200);
  });

  app.post('/', (c) => {
    authorizeAnywhere(actorOf(c), 'settings.manage');
    return submitForm(
      c,
      async (values) => {
        const { db, clock } = c.get('deps');
        const course = await createCourse(
          db,
          clock,
          actorOf(c),
          validate(createCourseInput, withBoxes(values)),
        );
        const message = c.get('t')('training.course.created', { name: course.name });
        return redirectWithFlash(c, `/training/courses/${course.id}`, message);
      },
      (values, errors, status) => form(c, values, errors, status),
    );
  });

  app.get('/:id', async (c) => {
    const { db } = c.get('deps');
    const course = await getCourse(db, idFromPath(c));
    const count = await db
      .selectFrom('training_completions')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('course_id', '=', course.id)
      .executeTakeFirstOrThrow();
    const canManage = canAnywhere(actorOf(c), 'settings.manage');
    return coursePage(c, { course, completions: Number(count.n), canManage });
  });

  app.get('/:id/edit', async (c) => {
    authorizeAnywhere(actorOf(c), 'settings.manage');
    const course = await getCourse(c.get('deps').db, idFromPath(c));
    return form(c, courseFormValues(course), {}, 200, course);
  });

  app.post('/:id', async (c) => {
    authorizeAnywhere(actorOf(c), 'settings.manage');
    const course = await getCourse(c.get('deps').db, idFromPath(c));
    return submitForm(
      c,
      async (values) => {
        const { db, clock } = c.get('deps');
        const input = validate(updateCourseInput, withBoxes(values));
        const updated = await updateCourse(db, clock, actorOf(c), course.id, input);
        const message = c.get('t')('training.course.updated', { name: updated.name });
        return redirectWithFlash(c, `/training/courses/${course.id}`, message);
      },
      (values, errors, status) => form(c, values, errors, status, course),
    );
  });

  return app;
}
