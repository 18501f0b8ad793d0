import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { period } from '../../../test/unit/builders/observation';
import type { Area } from '../../domain/areas/area';
import { ErrorSummary } from '../ErrorSummary';
import { AreaSelect } from './AreaSelect';
import { CheckboxField, Field } from './Field';
import { PeriodSelect } from './PeriodSelect';

const area = (code: string, name: string): Area => ({
  code,
  name,
  type: 'local_authority',
  regionCode: 'E12000001',
  oldLaCode: '',
  formerCodes: [],
});

describe('Field', () => {
  test('the control is named by the label and described by the hint, then the error', () => {
    render(
      <Field label="Name this version" hint="Up to 100 characters." error="Give this version a name.">
        {(control) => <input type="text" {...control} />}
      </Field>,
    );
    const input = screen.getByRole('textbox', { name: 'Name this version' });
    expect(input).toHaveAccessibleDescription('Up to 100 characters. Error: Give this version a name.');
    expect(input).toHaveAttribute('aria-invalid', 'true');
  });

  test('without an error the control is not marked invalid, and further description follows the hint', () => {
    render(
      <>
        <Field label="Commentary" hint="Plain text." describedBy="count">
          {(control) => <textarea {...control} />}
        </Field>
        <p id="count">0 of 1,000 characters</p>
      </>,
    );
    const box = screen.getByRole('textbox', { name: 'Commentary' });
    expect(box).toHaveAccessibleDescription('Plain text. 0 of 1,000 characters');
    expect(box).not.toHaveAttribute('aria-invalid');
  });

  test('an error announced at once is an alert', () => {
    render(
      <Field label="Commentary" error="Too long." announceError>
        {(control) => <textarea {...control} />}
      </Field>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Error: Too long.');
  });

  test('a checkbox is named by its label and described by its error', async () => {
    const onChange = vi.fn();
    render(
      <CheckboxField label="I have checked the warnings" checked={false} error="Confirm it." onChange={onChange} />,
    );
    const box = screen.getByRole('checkbox', { name: 'I have checked the warnings' });
    expect(box).toHaveAccessibleDescription('Error: Confirm it.');
    await userEvent.setup().click(box);
    expect(onChange).toHaveBeenCalledWith(true);
  });
});

describe('ErrorSummary', () => {
  test('is focused when it appears, and each field error links to its field and focuses it', async () => {
    render(
      <>
        <ErrorSummary title="There is a problem" problems={[{ message: 'Choose the file', fieldId: 'file' }]} />
        <label htmlFor="file">The file</label>
        <input id="file" type="file" />
      </>,
    );
    const summary = screen.getByRole('alert', { name: 'There is a problem' });
    expect(summary).toHaveFocus();
    await userEvent.setup().click(within(summary).getByRole('link', { name: 'Choose the file' }));
    expect(screen.getByLabelText('The file')).toHaveFocus();
  });

  test("lists a file's problems as text", () => {
    render(
      <ErrorSummary
        title="There is a problem with the file"
        problems={[{ severity: 'error', rule: 'invalid_value', message: "Row 2: 'nine' is not a number." }]}
      />,
    );
    const summary = screen.getByRole('alert', { name: 'There is a problem with the file' });
    expect(within(summary).getByRole('listitem')).toHaveTextContent("Row 2: 'nine' is not a number.");
    expect(within(summary).queryByRole('link')).not.toBeInTheDocument();
  });
});

describe('AreaSelect and PeriodSelect', () => {
  function Choices() {
    const [code, setCode] = useState('E06000047');
    const [label, setLabel] = useState('2021/22 Q2');
    return (
      <>
        <Field label="Local authority" compact>
          {(control) => (
            <AreaSelect
              {...control}
              groups={[
                { label: 'North East', areas: [area('E06000047', 'County Durham'), area('E06000001', 'Hartlepool')] },
              ]}
              value={code}
              onChange={setCode}
            />
          )}
        </Field>
        <Field label="Reporting period" compact>
          {(control) => (
            <PeriodSelect
              {...control}
              periods={[period('2021/22 Q1'), period('2021/22 Q2')]}
              value={label}
              onChange={setLabel}
            />
          )}
        </Field>
        <p>
          {code} {label}
        </p>
      </>
    );
  }

  test('the areas grouped by region, the periods named in words, each giving back its code or label', async () => {
    render(<Choices />);
    const user = userEvent.setup();
    const areas = screen.getByRole('combobox', { name: 'Local authority' });
    expect(within(areas).getByRole('group', { name: 'North East' })).toBeInTheDocument();
    await user.selectOptions(areas, 'Hartlepool');
    const periods = screen.getByRole('combobox', { name: 'Reporting period' });
    // Named in words (domain/text's describePeriod), chosen by label.
    expect(
      within(periods)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([expect.stringMatching(/April to June 2021/), expect.stringMatching(/July to September 2021/)]);
    await user.selectOptions(periods, '2021/22 Q1');
    expect(screen.getByText('E06000001 2021/22 Q1')).toBeInTheDocument();
  });
});
