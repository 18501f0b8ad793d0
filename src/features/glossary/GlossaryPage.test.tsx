import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, test } from 'vitest';
import { EMPTY_SELECTION, useSelectionStore } from '../../shared/selection-store';
import GlossaryPage from './GlossaryPage';

beforeEach(() => {
  useSelectionStore.setState(EMPTY_SELECTION);
});

describe('GlossaryPage', () => {
  test.each([
    ['CLA', ': children looked after'],
    ['EET', ': education, employment or training'],
    ['SDQ', ': Strengths and Difficulties Questionnaire'],
    ['UASC', ': unaccompanied asylum-seeking children'],
    ['ASYE', ': assessed and supported year in employment'],
    ['WTE', ': whole-time equivalent'],
    ['FTE', ': full-time equivalent'],
  ])('spells out %s', (short, full) => {
    render(<GlossaryPage />);
    expect(screen.getByTitle(full.slice(2)).closest('dt')).toHaveTextContent(`${short}${full}`);
  });

  test.each(['Statistical neighbours', 'Quartile band', 'Rank', 'Provisional', 'Suppressed'])('explains %s', (term) => {
    render(<GlossaryPage />);
    expect(screen.getByText(term, { selector: 'dt' })).toBeInTheDocument();
  });

  test('opens at the entry a link names and gives it the keyboard', () => {
    render(<GlossaryPage term="quartile-band" />);
    expect(document.activeElement).toHaveTextContent('Quartile band');
  });

  test('gives the meanings in young people’s words when asked', () => {
    useSelectionStore.setState({ words: 'child' });
    render(<GlossaryPage />);
    expect(screen.getByText(/A home change is a move to a new home\./, { selector: 'dd' })).toHaveTextContent(
      'Where a child in care lives: with foster carers',
    );
  });
});
