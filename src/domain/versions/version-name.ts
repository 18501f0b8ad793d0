export const MAX_VERSION_NAME_LENGTH = 100;

/** The name check the upload and history pages and the store rely on: trimmed, given, short enough to list. */
export function checkVersionName(name: string): { ok: true; name: string } | { ok: false; reason: string } {
  const trimmed = name.trim();
  if (trimmed === '') return { ok: false, reason: 'Give this version a name, such as "2021/22 Q2 figures".' };
  if (trimmed.length > MAX_VERSION_NAME_LENGTH) {
    return {
      ok: false,
      reason: `The version name is ${trimmed.length} characters long. Keep it to ${MAX_VERSION_NAME_LENGTH} characters or fewer.`,
    };
  }
  return { ok: true, name: trimmed };
}
