import { expect, test } from 'vitest';
import { THREE_HOMES, home, homesTable } from '../../test/unit/builders/homes';
import { readHomesTable } from '../domain/homes/homes-file';
import { readCsvText } from './csv';
import { homesToCsv } from './export';

const withoutSource = (homes: typeof THREE_HOMES.homes) => homes.map(({ source: _source, ...rest }) => rest);

test.each([
  { what: 'Durham’s homes with interim inspections', table: THREE_HOMES },
  {
    what: 'a home with a URN, a formula-like name and one not yet inspected',
    table: homesTable([{ ...home('=Oak Lodge'), urn: 'SC009423' }, home('New Home', null, null, 3)]),
  },
])('$what export as a CSV the upload reads back as the same homes', ({ table }) => {
  const csv = homesToCsv(table);
  expect(csv.startsWith('\uFEFFName,URN,Full inspection date,Full inspection overall judgement,')).toBe(true);
  const read = readHomesTable(readCsvText('homes.csv', csv.slice(1)).value, { today: '2026-12-01' });
  expect(read.problems).toEqual([]);
  const expected = withoutSource(table.homes).map((each) =>
    each.name.startsWith('=') ? { ...each, name: `'${each.name}` } : each,
  );
  expect(withoutSource(read.value.homes)).toEqual(expected);
});
