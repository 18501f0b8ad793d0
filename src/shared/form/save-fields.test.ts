import { describe, expect, it } from 'vitest';
import { checkSaveFields } from './save-fields';

describe('checkSaveFields', () => {
  it.each([
    { what: 'a name and nothing to confirm', unconfirmed: null, name: ' Q2 ', result: { ok: true, name: 'Q2' } },
    {
      what: 'warnings not confirmed and no name',
      unconfirmed: 'Confirm the warnings',
      name: '',
      result: { ok: false, errors: [{ field: 'acknowledge', message: 'Confirm the warnings' }, { field: 'name' }] },
    },
  ])('gives $what', ({ unconfirmed, name, result }) => {
    expect(checkSaveFields(unconfirmed, name)).toMatchObject(result);
  });
});
