#!/usr/bin/env node
// Build data/frameworks.csv from DfE's children's social care dashboard's list of metrics
// (../shared/dfe-open-data/summary_page_metadata.csv; see data/PROVENANCE.md): the National
// Framework's outcomes and enablers, their headings and the 68 metrics in the dashboard's order
// and words, each with the catalogue measure that gives it (blank where the catalogue has none) and
// the published file that supplies it ("not shipped": a file of Explore Education Statistics that is
// not in ../shared/dfe-open-data, whose metric fills in when the file is uploaded).
//
// Usage: node --import tsx scripts/build-frameworks.ts
// (DFE_OPEN_DATA names another copy of ../shared/dfe-open-data, e.g. from a git worktree)

import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readCsvText } from '../src/adapters/csv';
import { cell } from '../src/domain/readers/table';

const repoRoot = resolve(import.meta.dirname, '..');
const openData = resolve(repoRoot, process.env.DFE_OPEN_DATA ?? '../shared/dfe-open-data');
const read = readCsvText(
  'summary_page_metadata.csv',
  readFileSync(join(openData, 'summary_page_metadata.csv'), 'utf8'),
);
if (read.problems.some((problem) => problem.severity === 'error')) throw new Error(read.problems[0]?.message);

/** The catalogue measure of each metric, by the dashboard's sort_order. */
const MEASURE: Readonly<Record<number, string>> = {
  1: 'cin_rate',
  2: 'rereferrals_12m',
  3: 'cla_starts_rate',
  4: 'cla_rate',
  5: 'cla_uasc_starts_rate',
  6: 'cla_uasc_rate',
  7: 'cla_school_mid_year_moves',
  8: 'cino_overall_absence',
  9: 'cppo_overall_absence',
  10: 'cla_overall_absence',
  11: 'cino_persistent_absence',
  12: 'cppo_persistent_absence',
  13: 'cla_persistent_absence_percent',
  14: 'cino_severe_absence',
  15: 'cppo_severe_absence',
  16: 'cla_severe_absence',
  17: 'cino_ks2_rwm',
  18: 'cppo_ks2_rwm',
  19: 'cla_ks2_rwm',
  20: 'cino_ks4_attainment8',
  21: 'cppo_ks4_attainment8',
  22: 'cla_ks4_attainment8',
  23: 'cpp_repeat',
  24: 'cpp_2_years_or_more',
  25: 'hospital_admissions_injuries_0_14_rate',
  26: 'assessment_factor_domestic_abuse_child_rate',
  27: 'assessment_factor_domestic_abuse_parent_rate',
  28: 'assessment_factor_domestic_abuse_person_rate',
  29: 'assessment_factor_emotional_abuse_rate',
  30: 'assessment_factor_faith_linked_abuse_rate',
  31: 'assessment_factor_neglect_rate',
  32: 'assessment_factor_physical_abuse_adult_rate',
  33: 'assessment_factor_physical_abuse_child_rate',
  34: 'assessment_factor_physical_abuse_unknown_rate',
  35: 'assessment_factor_sexual_abuse_adult_rate',
  36: 'assessment_factor_sexual_abuse_child_rate',
  37: 'assessment_factor_sexual_abuse_unknown_rate',
  38: 'assessment_factor_criminal_exploitation_rate',
  39: 'assessment_factor_sexual_exploitation_rate',
  40: 'assessment_factor_gangs_rate',
  41: 'assessment_factor_going_missing_rate',
  42: 'assessment_factor_trafficking_rate',
  43: 'cla_ceased_sgo_percent',
  44: 'cla_ceased_cao_percent',
  45: 'cla_3plus_placements',
  46: 'cla_31_march_over_20_miles',
  47: 'adoption_decision_to_match_months',
  48: 'cla_foster_care_percent',
  49: 'cla_childrens_homes_percent',
  50: 'cla_independent_living_percent',
  51: 'cla_sdq_score',
  52: 'care_leavers_17_18_eet',
  53: 'care_leavers_19_21_eet',
  54: 'care_leavers_17_18_suitable_accommodation',
  55: 'care_leavers_19_21_suitable_accommodation',
  56: 'csc_spend_share',
  57: 'csc_spend_per_child',
  58: 'csc_spend_not_cla_share',
  59: 'ofsted_leaders_outstanding_count',
  60: 'ofsted_leaders_good_count',
  61: 'ofsted_leaders_requires_improvement_count',
  62: 'ofsted_leaders_inadequate_count',
  63: 'sw_turnover',
  64: 'sw_agency_rate',
  65: 'sw_vacancy_rate',
  66: 'sw_caseload',
  67: 'cla_3plus_social_workers',
  68: 'sw_ethnic_minority_percent',
};

/**
 * The published file behind each of the dashboard's datasets. Files in ../shared/dfe-open-data are
 * named as shipped; the others as Explore Education Statistics publishes them (the names DfE's
 * dashboard reads), marked "not shipped".
 */
const SOURCE: Readonly<Record<string, string>> = {
  cin_rates: 'b1_children_in_need_2013_to_2024.csv',
  cin_referrals: 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv',
  cla_rates: 'cla_number_and_rate_per_10k_children.csv',
  combined_cla_data:
    'not shipped: la_children_who_started_to_be_looked_after_during_the_year.csv (Children looked after in England including adoption), with population-0-17.csv',
  combined_cla_31_march_data:
    'not shipped: la_cla_on_31_march_by_characteristics.csv (Children looked after in England including adoption), with population-0-17.csv',
  school_stability_data: 'la_cla_school_moves.csv',
  outcomes_absence: 'absence_la.csv',
  outcomes_ks2: 'ks2_la.csv',
  outcomes_ks4: 'ks4_la.csv',
  repeat_cpp: 'd3_cpps_subsequent_plan_2013_to_2025.csv',
  duration_cpp: 'd5_cpps_at31march_by_duration_2013_to_2025.csv',
  hospital_admissions: 'la_hospital_admissions_2324.csv (OHID Fingertips, not the EES layout)',
  assessment_factors:
    'c3_factors_identified_at_end_of_assessment_2018_to_2025.csv, with ons_mid-year_population_estimates_2012_to_2024.csv',
  ceased_cla_data:
    'not shipped: la_children_who_ceased_during_the_year.csv (Children looked after in England including adoption)',
  placement_changes_data: 'la_cla_placement_stability.csv',
  placement_data:
    'not shipped: la_cla_on_31_march_by_characteristics.csv (Children looked after in England including adoption)',
  placement_order_match_data: 'national_cla_adopted_average_time_between_adoption_process_stages.csv (England only)',
  wellbeing_sdq_data: 'la_conviction_health_outcome_cla.csv',
  care_leavers_activity_data: 'la_care_leavers_activity.csv',
  care_leavers_accommodation_data: 'la_care_leavers_accommodation_suitability.csv',
  spending_data: 'la-spending/RSX_LA_Data_202425.csv (MHCLG revenue outturn, RSX)',
  spending_per_capita:
    'la-spending/RSX_LA_Data_202425.csv (MHCLG revenue outturn, RSX), with population-0-17.csv (from ons_mid-year_population_estimates_2012_to_2024.csv)',
  spending_data_no_cla: 'la-spending/RO3_LA_Data_202425.csv (MHCLG revenue outturn, RO3)',
  ofsted_leadership_data: "ofsted-ilacs/Inspections_as_at_31_March.csv (data/ofsted/, the manifest's ofstedLeadership)",
  workforce_data: 'csww_indicators_2017_to_2025.csv',
  sw_stability_data: 'la_cla_swcount.csv',
  workforce_eth: "not shipped: csww_role_by_characteristics_inpost_2019_to_2025.csv (Children's social work workforce)",
};

function quote(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const lines = ['framework,framework_title,group,heading,order,measure,metric,source'];
for (const record of read.value.records) {
  const order = Number(cell(record, 'sort_order'));
  const dataset = cell(record, 'dataset_name');
  const source = SOURCE[dataset];
  if (source === undefined) throw new Error(`no source for dataset ${dataset}`);
  lines.push(
    [
      'national',
      "Children's Social Care National Framework",
      cell(record, 'accordion_text'),
      cell(record, 'heading_text'),
      String(order),
      MEASURE[order] ?? '',
      // The dashboard's own words, but with its one doubled space made single.
      cell(record, 'metric_display_text').replace(/\s+/g, ' '),
      source,
    ]
      .map(quote)
      .join(','),
  );
}
writeFileSync(join(repoRoot, 'data', 'frameworks.csv'), `${lines.join('\n')}\n`);
console.log(`data/frameworks.csv: ${lines.length - 1} metrics`);
