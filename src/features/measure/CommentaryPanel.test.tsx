import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, onTestFinished, test, vi } from 'vitest';
import { COMMENTARY_UNAVAILABLE } from '../../adapters/commentary-store';
import { forgetCommentaryConnection } from '../../shared/use-commentary';
import { CommentaryPanel } from './CommentaryPanel';

const noteKey = { measureId: 'cla_rate', areaCode: 'E06000047', period: '2021/22 Q2' };

function renderPanel() {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <CommentaryPanel noteKey={noteKey} areaName="County Durham" />
    </QueryClientProvider>,
  );
}

beforeEach(() => {
  // Each test starts with an empty browser database, as a new browser would.
  vi.stubGlobal('indexedDB', new IDBFactory());
  forgetCommentaryConnection();
  onTestFinished(() => {
    vi.unstubAllGlobals();
    forgetCommentaryConnection();
  });
});

describe('CommentaryPanel', () => {
  test('says no commentary is written yet, then saves one and shows it', async () => {
    const user = userEvent.setup();
    renderPanel();
    expect(
      await screen.findByText('No commentary has been written for County Durham at 2021/22 Q2 yet.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Write the commentary' }));
    await user.click(screen.getByRole('textbox', { name: /What the data tells us about 2021\/22 Q2/ }));
    await user.paste('More children came into care after the summer.');
    await user.click(screen.getByRole('button', { name: 'Save the commentary' }));
    expect(
      await screen.findByText('More children came into care after the summer.', { selector: 'p' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Commentary saved.');
    expect(screen.getByRole('button', { name: 'Edit the commentary' })).toBeInTheDocument();
  });

  test('refuses a note over 1,000 characters with a message saying how long it is', async () => {
    const user = userEvent.setup();
    renderPanel();
    await user.click(await screen.findByRole('button', { name: 'Write the commentary' }));
    const field = screen.getByRole('textbox', { name: /What the data tells us/ });
    await user.click(field);
    await user.paste('a'.repeat(1001));
    await user.click(screen.getByRole('button', { name: 'Save the commentary' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The commentary is 1,001 characters long. Keep it to 1,000 characters or fewer.',
    );
    expect(field).toHaveAttribute('aria-invalid', 'true');
  });

  test('is read-only, and says why, when the browser will not keep data', async () => {
    vi.stubGlobal('indexedDB', undefined);
    renderPanel();
    expect(await screen.findByText(`Read-only: ${COMMENTARY_UNAVAILABLE}`)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /commentary/ })).not.toBeInTheDocument();
  });
});
