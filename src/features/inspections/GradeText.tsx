import type { Grade } from '../../domain/readers/ofsted/grade';

/** A judgement in words; the class only adds a border pattern, never the meaning. */
export function GradeText({ text, grade }: { text: string; grade: Grade | null }) {
  return <span className={grade ? `grade grade-${grade}` : 'grade grade-none'}>{text}</span>;
}
