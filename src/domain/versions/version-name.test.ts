import { describe, expect, test } from 'vitest';
import { MAX_VERSION_NAME_LENGTH, checkVersionName } from './version-name';

describe('checkVersionName', () => {
  test.each([
    { name: '  2021/22 Q2 figures ', result: { ok: true, name: '2021/22 Q2 figures' } },
    { name: 'a'.repeat(MAX_VERSION_NAME_LENGTH), result: { ok: true, name: 'a'.repeat(MAX_VERSION_NAME_LENGTH) } },
    { name: '   ', result: { ok: false, reason: 'Give this version a name, such as "2021/22 Q2 figures".' } },
    {
      name: 'a'.repeat(101),
      result: { ok: false, reason: 'The version name is 101 characters long. Keep it to 100 characters or fewer.' },
    },
  ])('checks a name of $name.length characters', ({ name, result }) => {
    expect(checkVersionName(name)).toEqual(result);
  });
});
