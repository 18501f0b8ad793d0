/** Saves text or a blob as a file through the browser's download, without sending anything anywhere. */
export function saveFile(fileName: string, content: Blob | string, type = 'text/plain;charset=utf-8'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next turn: some browsers start the download only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

const INLINED_STYLES = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'font-family',
  'font-size',
  'font-weight',
  'opacity',
  'fill-opacity',
  'stroke-opacity',
  'text-anchor',
  'dominant-baseline',
];

/**
 * A standalone SVG file of a chart on screen. Styles from the page's stylesheet are copied onto each
 * element, because an SVG file opened on its own (in PowerPoint, Word or a browser) does not see them.
 */
export interface LegendLine {
  label: string;
  stroke: string;
  dash: string;
  width: number;
}

const LEGEND_ROW = 22;

export function standaloneSvg(svg: SVGSVGElement, title: string, legend: readonly LegendLine[] = []): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((original, index) => {
    const target = copies[index];
    if (!(target instanceof SVGElement)) return;
    const computed = getComputedStyle(original);
    // Through the element's style object, not its style attribute: the Content-Security-Policy
    // refuses a style attribute written as text, and the serialised file holds the same declarations.
    for (const property of INLINED_STYLES) target.style.setProperty(property, computed.getPropertyValue(property));
  });
  const { width, height: chartHeight } = svg.getBoundingClientRect();
  // The on-screen legend is HTML; a saved picture needs its own, drawn under the chart.
  const height = chartHeight + (legend.length > 0 ? legend.length * LEGEND_ROW + 12 : 0);
  legend.forEach((line, index) => {
    const y = chartHeight + 12 + index * LEGEND_ROW;
    const sample = document.createElementNS('http://www.w3.org/2000/svg', 'line');
    Object.entries({
      x1: '16',
      y1: String(y + 7),
      x2: '56',
      y2: String(y + 7),
      stroke: line.stroke,
      'stroke-width': String(line.width),
      'stroke-dasharray': line.dash,
    }).forEach(([name, value]) => sample.setAttribute(name, value));
    const label = document.createElementNS('http://www.w3.org/2000/svg', 'text');
    Object.entries({
      x: '64',
      y: String(y + 12),
      'font-family': 'Arial, sans-serif',
      'font-size': '14',
      fill: '#0b0c0c',
    }).forEach(([name, value]) => label.setAttribute(name, value));
    label.textContent = line.label;
    copy.append(sample, label);
  });
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(Math.round(width)));
  copy.setAttribute('height', String(Math.round(height)));
  copy.setAttribute('viewBox', `0 0 ${Math.round(width)} ${Math.round(height)}`);
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  copy.prepend(background);
  const titleElement = document.createElementNS('http://www.w3.org/2000/svg', 'title');
  titleElement.textContent = title;
  copy.prepend(titleElement);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

/** Renders an SVG file to a PNG at twice its size, sharp enough for slides and print. */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw the chart as a picture.');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('This browser could not make the PNG file.'))),
        'image/png',
      );
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
