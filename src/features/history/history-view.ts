/** Pure helpers for the Saved versions page: words for each version and the name offered for a restore. */
import type { VersionMeta } from '../../adapters/version-store';
import { MAX_VERSION_NAME_LENGTH } from '../../domain/versions/version-name';

/** "Upload", or "Restore of version 2". */
export function kindLabel(version: VersionMeta): string {
  if (version.kind === 'restore')
    return version.restoredFrom === undefined ? 'Restore' : `Restore of version ${version.restoredFrom}`;
  return 'Upload';
}

/** When a version was saved, as the banner says it: "10 Jan 2022, 09:30" (the reader's time zone). */
export function formatSavedAt(createdAt: string): string {
  const date = new Date(createdAt);
  return Number.isNaN(date.getTime())
    ? 'Unknown'
    : date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

/** The name offered for a restore, "Restore of <name>", cut to the longest name the store takes. */
export function restoreNameFor(version: VersionMeta): string {
  let name = `Restore of ${version.name}`;
  if (name.length <= MAX_VERSION_NAME_LENGTH) return name;
  name = name.slice(0, MAX_VERSION_NAME_LENGTH);
  // Never leave half of a character made of two UTF-16 units (an emoji, say) at the end.
  const last = name.charCodeAt(name.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) name = name.slice(0, -1);
  return name.trimEnd();
}
