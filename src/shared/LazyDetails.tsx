import { useState, type ReactNode } from 'react';

/**
 * A <details> whose content is rendered only once it is first opened, and then kept: a page of
 * several long lists closed by default (a hundred preview rows each) is then not one long commit on
 * the main thread. The summary opens it by mouse and keyboard as any <details> does.
 */
export function LazyDetails({
  className,
  summary,
  children,
}: {
  className?: string;
  summary: ReactNode;
  children: ReactNode;
}) {
  const [opened, setOpened] = useState(false);
  return (
    <details className={className} onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary>{summary}</summary>
      {opened ? children : null}
    </details>
  );
}
