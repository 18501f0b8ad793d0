import { describe, expect, it } from 'vitest';
import { STATUSES } from '../observations/status';
import { statusMeanings } from './statuses';

describe('statusMeanings', () => {
  it('explains every status once, under the label the scorecard shows', () => {
    const meanings = statusMeanings();
    expect(meanings.map((entry) => entry.status)).toEqual([...STATUSES]);
    expect(meanings.every((entry) => entry.meaning.length > 20)).toBe(true);
    expect(meanings.find((entry) => entry.status === 'suppressed')).toMatchObject({
      label: 'Suppressed',
      meaning: expect.stringContaining('never zero') as string,
    });
  });
});
