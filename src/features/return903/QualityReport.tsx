import { useId } from 'react';
import { countOf } from '../../domain/text/plural';
import { LazyDetails } from '../../shared/LazyDetails';
import type { QualityRuleText } from './return-protocol';
import { grouped } from '../../domain/text/figures';
import { TableScroll } from '../../shared/TableScroll';

function Findings({ rule }: { rule: QualityRuleText }) {
  const captionId = useId();
  return (
    <LazyDetails
      className="quality-findings"
      summary={`Rule ${rule.number}: ${rule.title}: ${
        rule.first.length < rule.records
          ? `the first ${rule.first.length} of ${countOf(rule.records, 'record')}`
          : countOf(rule.records, 'record')
      }`}
    >
      <TableScroll labelledBy={captionId}>
        <table className="preview-table">
          <caption id={captionId} className="visually-hidden">
            Records breaking rule {rule.number}, {rule.title}
          </caption>
          <thead>
            <tr>
              <th scope="col">Table</th>
              <th scope="col">File</th>
              <th scope="col">Row</th>
              <th scope="col">Column</th>
              <th scope="col">What is wrong and what to do</th>
            </tr>
          </thead>
          <tbody>
            {rule.first.map((finding) => (
              <tr key={`${finding.file}|${finding.row}|${finding.column}|${finding.message}`}>
                <td>{finding.table}</td>
                <td className="nowrap">{finding.file}</td>
                <td>{finding.row}</td>
                <td>{finding.column}</td>
                <td>{finding.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </LazyDetails>
  );
}

/**
 * The data-quality report, before the figures: every check of SPEC §5 with the number of records
 * breaking it, the first of them located by table, file, row and column with what to do, and the
 * whole report to download.
 */
export function QualityReport({ rules, onDownload }: { rules: readonly QualityRuleText[]; onDownload: () => void }) {
  const headingId = useId();
  const captionId = useId();
  const broken = rules.filter((rule) => rule.records > 0);
  const records = broken.reduce((total, rule) => total + rule.records, 0);
  return (
    <section className="quality-report" aria-labelledby={headingId}>
      <h3 id={headingId}>Data-quality report</h3>
      <p>
        {broken.length === 0
          ? `No record breaks any of the ${rules.length} checks.`
          : `${broken.length} of the ${rules.length} checks found records to correct (${countOf(records, 'record')} in all). The figures are worked out anyway, and a figure that counts a child with such a record says so in its note. Correct the records in your case management system, export the files again and work the figures out again.`}
      </p>
      <TableScroll labelledBy={captionId}>
        <table className="preview-table quality-table">
          <caption id={captionId}>The checks, and how many records break each</caption>
          <thead>
            <tr>
              <th scope="col">Rule</th>
              <th scope="col">Check</th>
              <th scope="col">Data to Insight validator codes</th>
              <th scope="col" className="numeric">
                Records breaking it
              </th>
            </tr>
          </thead>
          <tbody>
            {rules.map((rule) => (
              <tr key={rule.number}>
                <td>{rule.number}</td>
                <td>{rule.title}</td>
                <td>{rule.codes}</td>
                <td className="numeric">{grouped(rule.records)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {broken.map((rule) => (
        <Findings key={rule.number} rule={rule} />
      ))}
      <p>
        <button type="button" className="button-secondary" onClick={onDownload}>
          Download the data-quality report (CSV)
        </button>
      </p>
    </section>
  );
}
