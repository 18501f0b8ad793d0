import { checkVersionName } from '../../domain/versions/version-name';
import type { SaveFieldError } from './SaveForm';

/**
 * The save form's two checks, in the order of its fields: the box to confirm warnings were read
 * (`unconfirmed`: what to say when it is needed and not ticked, null otherwise) and the version's
 * name. The name comes back trimmed when both pass.
 */
export function checkSaveFields(
  unconfirmed: string | null,
  name: string,
): { ok: true; name: string } | { ok: false; errors: SaveFieldError[] } {
  const errors: SaveFieldError[] = [];
  if (unconfirmed !== null) errors.push({ field: 'acknowledge', message: unconfirmed });
  const checked = checkVersionName(name);
  if (!checked.ok) errors.push({ field: 'name', message: checked.reason });
  return errors.length > 0 || !checked.ok ? { ok: false, errors } : { ok: true, name: checked.name };
}
