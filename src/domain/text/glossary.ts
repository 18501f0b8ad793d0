/**
 * Every abbreviation and term the scorecard, its measure pages and slides use, in plain words. The
 * glossary page lists them; a term where it appears links to its entry (`#/glossary/<id>`).
 */
import { ABBREVIATIONS } from './abbreviations';
import { similarRuleText } from './ratings';

export interface GlossaryEntry {
  /** The entry's id in links: `#/glossary/cla`. */
  id: string;
  /** As the page heads it: "CLA", "Statistical neighbours". */
  term: string;
  /** The abbreviation in full, where the term is one. */
  full?: string;
  meaning: string;
}

/** What each abbreviation stands for and why it matters to the panel; the words in full come from abbreviations.ts. */
const ABBREVIATION_MEANING: Readonly<Record<string, string>> = {
  cla: 'Children the council looks after, usually called children in care: they live with foster carers, in children’s homes, with relatives or elsewhere under a care order or with their parents’ agreement.',
  eet: 'Whether a young person is studying, training or working. Care leavers who are none of these are “not in education, employment or training”.',
  sdq: 'A short questionnaire about a child’s emotional and behavioural wellbeing, usually filled in by their carer. Scores run from 0 to 40; lower is better, and 17 or more is a cause for concern.',
  uasc: 'Children under 18 who arrived in the UK without a parent or carer and asked for asylum. The council looks after them.',
  asye: 'The first year of a newly qualified social worker, when they have a smaller caseload and extra support.',
  wte: 'Staff counted by the hours they work: two people working half time count as one whole-time equivalent. The same as full-time equivalent.',
  fte: 'Staff counted by the hours they work: two people working half time count as one full-time equivalent.',
  la: 'A council responsible for children’s services. England has 153 of them.',
  cevt: 'A list kept by the council, police and health services of children at risk of being exploited, so that agencies can act together.',
  sw: 'A social worker.',
  dfe: 'The government department responsible for children’s services. It publishes every council’s figures each year.',
  ons: 'The government’s statistics office. Its population estimates are used to work out rates per 10,000 children.',
  mhclg:
    'The government department for councils. Every council reports its spending to it each year (the revenue outturn), and it publishes every council’s figures.',
  ssda903:
    'The return every council sends the DfE each year about every child it looked after: the source of most national figures on children in care.',
  ad1: 'The part of the SSDA903 return that records each adoption: when the child was placed with the family, matched and adopted.',
  oc3: 'The part of the SSDA903 return about care leavers aged 17 to 21: whether the council is in touch with them, where they live and whether they are in education, employment or training, recorded around their birthday.',
  ytd: 'From the start of the financial year (1 April) to the end of the period shown.',
  nhs: 'The National Health Service.',
  cddft: 'The local NHS trust that carries out health assessments for children in care in County Durham.',
  ilacs:
    'Ofsted’s inspections of councils’ children’s services. Each judgement is Outstanding, Good, Requires improvement to be good, or Inadequate.',
  lait: 'The DfE’s website comparing every council’s children’s services figures.',
  tbc: 'The figure is not confirmed yet, for example while a data quality issue is looked into.',
  sgo: 'A court order that makes someone, often a relative or family friend, a child’s special guardian: the child lives with them for good, outside care, and they make most decisions for the child.',
  cao: 'A court order saying who a child lives with (before 2014 a residence order). A child in care can leave care to live with a parent, relative or friend under one.',
};

const TERMS: readonly GlossaryEntry[] = [
  {
    id: 'statistical-neighbours',
    term: 'Statistical neighbours',
    meaning:
      'The 10 councils most similar to this one in the make-up of their population, chosen by a DfE model (2021 or 2025). Their figure is the mean (average) or median (middle value) of their own figures, unless the council’s scorecard gives one.',
  },
  {
    id: 'rating',
    term: 'Better, Similar, Worse',
    meaning: `How the latest figure compares with England, the region or the statistical neighbours, taking account of whether higher or lower is better. Similar means ${similarRuleText()}.`,
  },
  {
    id: 'not-rated',
    term: 'Not rated',
    meaning:
      'The figure is not compared as better or worse, because the measure has no good or bad direction (such as the number of children in care) or there is no figure to compare with.',
  },
  {
    id: 'direction-of-travel',
    term: 'Direction of travel',
    meaning:
      'Whether the latest figure is better or worse than the one before it of the same kind: a quarter against the quarter before, a year against the year before.',
  },
  {
    id: 'rank',
    term: 'Rank',
    meaning:
      'The council’s place among the councils of its region, or of England, that have a figure for the same period: 1st is the best (or, for a measure with no good or bad direction, the lowest). Councils with the same figure share a place.',
  },
  {
    id: 'quartile-band',
    term: 'Quartile band',
    meaning:
      'The figures of the councils ranked are split into four quarters at their quartiles, as DfE’s LAIT does, so councils with the same figure are always in the same band. Band A is the best quarter, then B, C, and D, the worst. A measure with no good or bad direction has no bands, only a place (3rd lowest).',
  },
  {
    id: 'provisional',
    term: 'Provisional',
    meaning: 'A figure that may still change, for example before the DfE publishes the final national figures.',
  },
  {
    id: 'revised',
    term: 'Revised',
    meaning: 'A figure that has been corrected since it was first published.',
  },
  {
    id: 'suppressed',
    term: 'Suppressed',
    meaning:
      'A figure that is not published because it is based on so few children that one of them could be identified. It is never zero.',
  },
  {
    id: 'estimate',
    term: 'Estimate',
    meaning: 'A figure worked out from incomplete information, to be replaced by the real figure later.',
  },
  {
    id: 'rate-per-10000',
    term: 'Rate per 10,000 children',
    meaning:
      'How many children there are for every 10,000 children under 18 living in the area, so councils of different sizes can be compared.',
  },
  {
    id: 'financial-year',
    term: 'Financial year and quarters',
    meaning:
      'A financial year runs from 1 April to 31 March: 2021/22 is April 2021 to March 2022. Quarter 1 is April to June, quarter 2 July to September, quarter 3 October to December and quarter 4 January to March.',
  },
  {
    id: 'care-leaver',
    term: 'Care leaver',
    meaning:
      'A young person aged 16 to 25 who was in care for at least 13 weeks after turning 14. The council keeps helping them as a parent would.',
  },
  {
    id: 'corporate-parent',
    term: 'Corporate parent',
    meaning:
      'The council as a whole, and its councillors, in their role as parent to every child in its care and its care leavers.',
  },
  {
    id: 'placement',
    term: 'Placement',
    meaning:
      'Where a child in care lives: with foster carers, in a children’s home, with relatives, with prospective adopters or elsewhere. A placement change is a move to a new home.',
  },
  {
    id: 'staying-put',
    term: 'Staying put',
    meaning: 'A care leaver aged 18 or over who carries on living with their former foster carer.',
  },
  {
    id: 'children-in-need',
    term: 'Children in need',
    meaning:
      'Children whose health or development is likely to suffer without help from children’s social care. They include children on child protection plans and children in care.',
  },
  {
    id: 'child-protection-plan',
    term: 'Child protection plan',
    meaning:
      'A plan for a child at risk of significant harm, setting out what the council and other agencies will do to keep them safe.',
  },
  {
    id: 'persistent-absence',
    term: 'Persistent absence',
    meaning: 'Missing 10% or more of the possible school sessions in the year.',
  },
  {
    id: 'fixed-period-exclusion',
    term: 'Fixed-period exclusion (suspension)',
    meaning: 'Being sent home from school for a set number of days.',
  },
  {
    id: 'independent-visitor',
    term: 'Independent visitor',
    meaning: 'A volunteer who visits and befriends a child in care who has little contact with their family.',
  },
  {
    id: 'agency-worker',
    term: 'Agency worker',
    meaning: 'A social worker employed through an agency rather than directly by the council.',
  },
  {
    id: 'caseload',
    term: 'Caseload',
    meaning: 'The number of children a social worker is responsible for.',
  },
];

/** Every entry, abbreviations and terms, in alphabetical order of the term as headed. */
export const GLOSSARY: readonly GlossaryEntry[] = [
  ...ABBREVIATIONS.map((abbreviation): GlossaryEntry => ({
    id: abbreviation.glossaryId,
    term: abbreviation.short,
    full: abbreviation.full,
    meaning: ABBREVIATION_MEANING[abbreviation.glossaryId] ?? '',
  })),
  ...TERMS,
].sort((a, b) => a.term.localeCompare(b.term, 'en-GB', { sensitivity: 'base' }));

/** The entry for an id in a link, or undefined for an unknown one. */
export function glossaryEntry(id: string): GlossaryEntry | undefined {
  return GLOSSARY.find((entry) => entry.id === id);
}
