import { useMemo, useState } from 'react';
import { saveFile } from '../../adapters/download';
import { blankTemplate, templateTable, type TemplateLayout } from '../../adapters/export';
import type { Dataset } from '../../domain/dataset/dataset';
import { templateColumns } from '../../domain/scorecard/template-columns';
import { slug } from '../../domain/text/slug';

/**
 * Blank templates of both upload layouts, as CSV and as Excel, where the officer uploads: the
 * scorecard layout's columns run to the quarter after the newest one held, the one being added.
 */
export function TemplateDownloads({ dataset }: { dataset: Dataset }) {
  const columns = useMemo(() => templateColumns(dataset), [dataset]);
  const [failure, setFailure] = useState('');
  const lastPeriod = columns.periods.at(-1);
  const baseName = (layout: TemplateLayout) =>
    layout === 'observations'
      ? 'scorecard-template-observations'
      : `scorecard-template-scorecard${lastPeriod ? `-${slug(lastPeriod)}` : ''}`;
  const csv = (layout: TemplateLayout) =>
    saveFile(`${baseName(layout)}.csv`, blankTemplate(layout, dataset.catalogue, columns), 'text/csv;charset=utf-8');
  const xlsx = async (layout: TemplateLayout) => {
    try {
      // The workbook writer loads only when a workbook is asked for.
      const { workbookBytes, XLSX_TYPE } = await import('../../adapters/xlsx-writer');
      const { header, rows } = templateTable(layout, dataset.catalogue, columns);
      const bytes = workbookBytes(layout === 'observations' ? 'Observations' : 'Scorecard', header, rows);
      saveFile(`${baseName(layout)}.xlsx`, new Blob([bytes.slice().buffer], { type: XLSX_TYPE }));
      setFailure('');
    } catch (error) {
      setFailure(`The Excel template could not be made. ${error instanceof Error ? error.message : ''}`.trim());
    }
  };
  const scorecardColumnsText = `${columns.periods.length > 0 ? `${columns.periods.join(', ')}, ` : ''}England, ${columns.regionName} and Stat Neighbour`;
  return (
    <section className="upload-templates" aria-labelledby="upload-templates-heading">
      <h2 id="upload-templates-heading">Blank templates</h2>
      <ul className="history-download-list">
        <li>
          <span className="upload-template-name">Scorecard layout</span>
          <button type="button" className="button-secondary" onClick={() => csv('scorecard')}>
            Scorecard template (CSV)
          </button>
          <button type="button" className="button-secondary" onClick={() => void xlsx('scorecard')}>
            Scorecard template (Excel)
          </button>
          <span className="history-download-about">
            The committee paper&rsquo;s table: one row per measure, with columns {scorecardColumnsText}
            {lastPeriod ? `, ending with ${lastPeriod}, the quarter after the newest figures held` : ''}.
          </span>
        </li>
        <li>
          <span className="upload-template-name">Observations layout</span>
          <button type="button" className="button-secondary" onClick={() => csv('observations')}>
            Observations template (CSV)
          </button>
          <button type="button" className="button-secondary" onClick={() => void xlsx('observations')}>
            Observations template (Excel)
          </button>
          <span className="history-download-about">One row per measure, to fill in a figure per row.</span>
        </li>
      </ul>
      {failure ? (
        <p className="notice" role="alert">
          {failure}
        </p>
      ) : null}
    </section>
  );
}
