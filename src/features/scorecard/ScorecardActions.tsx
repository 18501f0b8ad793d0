import { useState } from 'react';
import { slug } from '../../domain/text/slug';
import type { ExportTable } from './scorecard-export';

interface ScorecardActionsProps {
  /** The table as shown, built only when a file is asked for (its code is fetched with the first download). */
  table: () => Promise<ExportTable>;
  /** "County Durham Q2 2021/22", for the file names. */
  name: string;
}

/** Print, and the table as shown as CSV or Excel: values as numbers, statuses, comparators and ratings in words. */
export function ScorecardActions({ table, name }: ScorecardActionsProps) {
  const [message, setMessage] = useState('');
  const base = `${slug(`${name} scorecard`)}`;
  // The file writers load only when a file is asked for, so they never slow the first screen.
  const downloadCsv = async () => {
    try {
      const [{ saveFile }, { tableToCsv }] = await Promise.all([
        import('../../adapters/download'),
        import('../../adapters/export'),
      ]);
      const { header, rows } = await table();
      saveFile(`${base}.csv`, tableToCsv(header, rows), 'text/csv;charset=utf-8');
      setMessage('The CSV file has been made. Look for it in your downloads.');
    } catch (error) {
      setMessage(`The CSV file could not be made. ${error instanceof Error ? error.message : ''}`.trim());
    }
  };
  const downloadXlsx = async () => {
    try {
      const [{ saveFile }, { workbookBytes, XLSX_TYPE }] = await Promise.all([
        import('../../adapters/download'),
        import('../../adapters/xlsx-writer'),
      ]);
      const { header, rows } = await table();
      const bytes = workbookBytes(name, header, rows);
      saveFile(`${base}.xlsx`, new Blob([bytes.slice().buffer], { type: XLSX_TYPE }));
      setMessage('The Excel file has been made. Look for it in your downloads.');
    } catch (error) {
      setMessage(`The Excel file could not be made. ${error instanceof Error ? error.message : ''}`.trim());
    }
  };
  return (
    <div className="scorecard-actions">
      <button type="button" className="button-secondary" onClick={() => window.print()}>
        Print or save as PDF
      </button>
      <button type="button" className="button-secondary" onClick={() => void downloadCsv()}>
        Download the table (CSV)
      </button>
      <button type="button" className="button-secondary" onClick={() => void downloadXlsx()}>
        Download the table (Excel)
      </button>
      <p role="status" className="scorecard-actions-status">
        {message}
      </p>
    </div>
  );
}
