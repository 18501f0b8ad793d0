import type { ScorecardSection } from '../../domain/scorecard/scorecard';

/** The scorecard's sections as options: the key questions, or a framework's headings under their outcome or enabler. */
export function SectionOptions({
  sections,
  say,
}: {
  sections: readonly ScorecardSection[];
  say: (text: string) => string;
}) {
  const groups: { group: string | null; sections: ScorecardSection[] }[] = [];
  for (const section of sections) {
    const last = groups.at(-1);
    if (last && last.group === section.group) last.sections.push(section);
    else groups.push({ group: section.group, sections: [section] });
  }
  const options = (list: readonly ScorecardSection[]) =>
    list.map((section) => (
      <option key={section.keyQuestion.id} value={section.keyQuestion.id}>
        {say(section.keyQuestion.title)}
      </option>
    ));
  return groups.map(({ group, sections: list }) =>
    group === null ? (
      options(list)
    ) : (
      <optgroup key={group} label={group}>
        {options(list)}
      </optgroup>
    ),
  );
}
