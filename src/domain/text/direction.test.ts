import { describe, expect, it } from 'vitest';
import { directionText, movement } from './direction';

describe('movement', () => {
  it.each([
    { previous: 92.7, latest: 90, moved: 'down' },
    { previous: 5.5, latest: 7.3, moved: 'up' },
    { previous: 57, latest: 57, moved: 'same' },
    { previous: null, latest: 57, moved: null },
    { previous: 57, latest: null, moved: null },
  ])('says the figure moved $moved from $previous to $latest', ({ previous, latest, moved }) => {
    expect(movement(previous, latest)).toBe(moved);
  });
});

describe('directionText', () => {
  it.each([
    { direction: 'improving', since: '2020/21', text: 'Improving since 2020/21' },
    { direction: 'no_change', since: '2021/22 Q1', text: 'No change since 2021/22 Q1' },
    { direction: 'higher', since: '2019/20', text: 'Higher since 2019/20' },
    { direction: null, since: '2019/20', text: 'Not enough figures for a direction of travel' },
    { direction: 'worsening', since: null, text: 'Not enough figures for a direction of travel' },
  ] as const)('writes $direction since $since as "$text"', ({ direction, since, text }) => {
    expect(directionText(direction, since)).toBe(text);
  });
});
