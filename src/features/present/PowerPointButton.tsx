import { useState } from 'react';
import { saveFile } from '../../adapters/download';
import type { Slide } from '../../domain/slides/slides';

/** Writes the deck on screen as a PowerPoint file, saying in a status line how it went. */
export function PowerPointButton({
  slides,
  title,
  fileName,
}: {
  slides: readonly Slide[];
  title: string;
  fileName: string;
}) {
  const [state, setState] = useState<{ busy: boolean; message: string }>({ busy: false, message: '' });
  const download = async () => {
    if (state.busy) return;
    setState({ busy: true, message: 'Making the PowerPoint file…' });
    try {
      // pptxgenjs is large, so it is fetched only when someone asks for a file.
      const { presentationFile } = await import('../../adapters/pptx');
      const blob = await presentationFile(slides, { title });
      saveFile(fileName, blob);
      setState({ busy: false, message: 'The PowerPoint file has been made. Look for it in your downloads.' });
    } catch (error) {
      setState({
        busy: false,
        message: `The PowerPoint file could not be made. ${error instanceof Error ? error.message : ''}`.trim(),
      });
    }
  };
  return (
    <>
      <button type="button" className="present-button" aria-disabled={state.busy} onClick={() => void download()}>
        Download as PowerPoint (.pptx)
      </button>
      <span role="status" className="present-status">
        {state.message}
      </span>
    </>
  );
}
