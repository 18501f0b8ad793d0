/** What each status of a figure means, for the About the data page and the glossary's readers. */
import { STATUSES, STATUS_LABEL, type Status } from '../observations/status';

const MEANING: Readonly<Record<Status, string>> = {
  final: 'The figure is settled. Final figures carry no label on the scorecard.',
  provisional: 'The figure may still change, for example before the DfE publishes the national figures for the year.',
  revised: 'The figure has been corrected since it was first published.',
  estimate: 'The figure is worked out from incomplete information and will be replaced by the real one.',
  low_reliability: 'The figure rests on so few children or answers that it should be read with care.',
  no_new_data: 'There is nothing new since the last report, so no figure is given for this period.',
  reported_annually:
    'The measure is counted once a year, so a quarter has no figure of its own; the year’s figure is shown.',
  not_available: 'There is no figure for this period: it was not collected, or not published for this area.',
  not_applicable: 'The measure does not apply here, for example to a council that did not exist then.',
  suppressed:
    'The figure is not published because so few children are behind it that one could be identified. It is never zero.',
  low: 'The figure is more than zero but below 0.5, so it would print as 0.',
  tbc: 'The figure is to be confirmed, for example while a data quality issue is looked into.',
  see_chart: 'The measure is shown as a chart in the committee paper rather than as one figure.',
};

export interface StatusMeaning {
  status: Status;
  /** As the scorecard labels it: "Provisional". */
  label: string;
  meaning: string;
}

/** Every status, in the order the data format lists them, with its label and meaning. */
export function statusMeanings(): StatusMeaning[] {
  return STATUSES.map((status) => ({ status, label: STATUS_LABEL[status], meaning: MEANING[status] }));
}
