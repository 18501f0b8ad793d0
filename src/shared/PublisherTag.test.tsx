import { render, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { figure } from '../../test/unit/builders/observation';
import { PublisherTag } from './PublisherTag';

describe('PublisherTag', () => {
  test('marks a DfE figure, naming its file, and reads as "DfE open data"', () => {
    render(
      <PublisherTag
        observation={figure('cla_rate', '2024/25', 125, {
          source: { file: 'cla_number_and_rate_per_10k_children.csv', row: 21, publisher: 'DfE' },
        })}
      />,
    );
    expect(screen.getByTitle('DfE open data: cla_number_and_rate_per_10k_children.csv')).toHaveTextContent(
      'DfE open data',
    );
  });

  test("leaves the council's own figure unmarked", () => {
    const { container } = render(<PublisherTag observation={figure('cla_rate', '2020/21', 93.5)} />);
    expect(container).toBeEmptyDOMElement();
  });
});
