/**
 * Reporting periods. Every kind of period is placed on one timeline by its end date, so an annual
 * figure, a quarter and a snapshot date can be compared for "latest" and "previous".
 */
export type PeriodType = 'financial_year' | 'quarter' | 'month' | 'date' | 'three_year';

export interface Period {
  type: PeriodType;
  /** Canonical label: `2020/21`, `2021/22 Q2`, `2021-09`, `2021-09-27`, `2016-19`. */
  label: string;
  /** First day, ISO `YYYY-MM-DD`. */
  start: string;
  /** Last day, ISO `YYYY-MM-DD`. */
  end: string;
}

// Implementation to follow (parsePeriod, comparePeriods, …).
