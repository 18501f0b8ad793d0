import { describe, expect, it } from 'vitest';
import { GRADES } from './grade';
import { isLeadershipMeasure } from './is-leadership-measure';
import { LEADERSHIP_MEASURE } from './leadership-measures';

describe('isLeadershipMeasure', () => {
  it.each(GRADES)('knows the measure of the judgement %s', (grade) => {
    expect(isLeadershipMeasure(LEADERSHIP_MEASURE[grade])).toBe(true);
  });

  it.each(['cla_rate', 'ofsted_homes_good_count', 'leaders_ofsted'])('knows %s is not one', (id) => {
    expect(isLeadershipMeasure(id)).toBe(false);
  });
});
