import { lazy } from 'react';

/**
 * Ofsted's leadership row (JudgementRow.tsx), which only the National Framework view has: fetched
 * when the table first draws it, apart from the first screen's code.
 */
export const LazyJudgement = lazy(() => import('./JudgementRow'));
