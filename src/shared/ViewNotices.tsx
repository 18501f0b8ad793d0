import type { ViewNotice } from '../domain/view/view-context';

/** What the page could not show as the link asked, in the same words and place on every page. */
export function ViewNotices({ notices }: { notices: readonly ViewNotice[] }) {
  return notices.map((notice) => (
    <p key={notice.rule + notice.message} className="notice view-notice" role="status">
      {notice.message}
    </p>
  ));
}
