/**
 * Ofsted's four-point scale, apart from the inspection sheets' reader so that the pages which only
 * name grades (the scorecard's children's homes) do not carry the reader on the first screen.
 */

/** Ofsted's four-point scale, best first. */
export type Grade = 'outstanding' | 'good' | 'requires_improvement' | 'inadequate';

export const GRADES: readonly Grade[] = ['outstanding', 'good', 'requires_improvement', 'inadequate'];

/** Ofsted's own words for each grade, which are already plain English and are what reports quote. */
export const GRADE_LABEL: Readonly<Record<Grade, string>> = {
  outstanding: 'Outstanding',
  good: 'Good',
  requires_improvement: 'Requires improvement to be good',
  inadequate: 'Inadequate',
};

/** Ofsted's words for a grade, ignoring case and spacing; null for anything else. */
export function parseGrade(text: string): Grade | null {
  const wanted = gradeKey(text);
  return GRADES.find((grade) => gradeKey(GRADE_LABEL[grade]) === wanted) ?? null;
}

function gradeKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}
