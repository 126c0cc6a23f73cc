import type { CourseRow, TrainingCompletionRow } from '../platform/db/schema.js';

/** A course that people who answer for accounts take, valid for some months or for good. */
export interface Course {
  id: number;
  name: string;
  description: string;
  /** null: a completion never expires. */
  validityMonths: number | null;
  /** Everyone who owns or deputises for an account needs it. */
  required: boolean;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

/** One person's completion of a course, valid until a day (null: for good). */
export interface Completion {
  id: number;
  userId: number;
  courseId: number;
  completedOn: string;
  validUntil: string | null;
  note: string;
  createdAt: string;
  createdBy: number;
}

/** Maps a database row to the domain type. */
export function toCourse(row: CourseRow): Course {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    validityMonths: row.validity_months,
    required: row.required === 1,
    active: row.active === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Maps a database row to the domain type. */
export function toCompletion(row: TrainingCompletionRow): Completion {
  return {
    id: row.id,
    userId: row.user_id,
    courseId: row.course_id,
    completedOn: row.completed_on,
    validUntil: row.valid_until,
    note: row.note,
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}
