import { useState, type ReactNode } from 'react';
import { saveFile, standaloneSvg, svgToPng, type LegendLine } from '../adapters/download';

export interface ChartDownloadsProps {
  /** The file name before its extension, e.g. `cla_rate-E06000047`. */
  baseName: string;
  /** The chart's title, written into the SVG and PNG. */
  title: string;
  /** The chart's SVG on screen; null while it is not drawn. Null for `chart` itself: no chart downloads (a table view). */
  chart: (() => SVGSVGElement | null) | null;
  /** Lines of a legend drawn into the downloaded chart, for a chart whose legend is not part of its SVG. */
  legend?: readonly LegendLine[];
  /** The figures behind the chart as CSV text. */
  csv: () => string;
  children?: ReactNode;
}

const NOT_DRAWN = 'The chart is not on screen yet. Try again in a moment.';

/**
 * The downloads under a chart, as the measure and breakdown pages offer them: the chart as PNG and
 * SVG (standalone, with its title and legend) and its figures as CSV. A failure is said in words
 * beside the buttons, never thrown.
 */
export function ChartDownloads({ baseName, title, chart, legend = [], csv, children }: ChartDownloadsProps) {
  const [error, setError] = useState('');
  const drawn = (): string | null => {
    const svg = chart?.();
    if (!svg) {
      setError(NOT_DRAWN);
      return null;
    }
    setError('');
    return standaloneSvg(svg, title, legend);
  };
  const downloadSvg = () => {
    const text = drawn();
    if (text !== null) saveFile(`${baseName}.svg`, text, 'image/svg+xml;charset=utf-8');
  };
  const downloadPng = async () => {
    const text = drawn();
    if (text === null) return;
    try {
      // standaloneSvg writes the chart's own size on its root element.
      const size = /width="(\d+)" height="(\d+)"/.exec(text);
      saveFile(`${baseName}.png`, await svgToPng(text, Number(size?.[1] ?? 800), Number(size?.[2] ?? 400)));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'The PNG file could not be made.');
    }
  };
  return (
    <div className="downloads">
      <h2>Download</h2>
      {chart ? (
        <>
          <button type="button" className="button-secondary" onClick={downloadPng}>
            Chart as PNG
          </button>
          <button type="button" className="button-secondary" onClick={downloadSvg}>
            Chart as SVG
          </button>
        </>
      ) : null}
      <button
        type="button"
        className="button-secondary"
        onClick={() => saveFile(`${baseName}.csv`, csv(), 'text/csv;charset=utf-8')}
      >
        Figures as CSV
      </button>
      {error ? (
        <p className="notice" role="alert">
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}
