// @vitest-environment node
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from 'vitest';
import { DURHAM } from '../../test/unit/builders/areas';
import { dataset } from '../../test/unit/builders/dataset';
import { THREE_HOMES } from '../../test/unit/builders/homes';
import { VARIED_FIGURES, period } from '../../test/unit/builders/observation';
import { buildScorecard } from '../domain/scorecard/scorecard';
import { HOMES_SLIDE } from '../domain/slides/homes-slide';
import { buildSlides } from '../domain/slides/slides';
import { presentationBytes } from './pptx';

test('the homes slide is a native table of the homes with the headline, the flag in words and notes', async () => {
  const { catalogue, areas, index } = dataset({ observations: VARIED_FIGURES });
  const scorecard = buildScorecard({ catalogue, areas, index, area: DURHAM, period: period('2021/22 Q2') });
  const slides = buildSlides({
    scorecard,
    index,
    ids: ['title', HOMES_SLIDE],
    commentary: new Map(),
    panelTitle: 'Corporate Parenting Panel',
    homes: { table: THREE_HOMES, today: '2026-12-01' },
  });
  const files = unzipSync(await presentationBytes(slides, { title: 'Panel' }));
  const slide = strFromU8(files['ppt/slides/slide2.xml'] ?? new Uint8Array());
  expect(slide).toContain('<a:tbl>');
  expect(slide).toContain('Our children&apos;s homes: 3 of 3 good or better at their latest full inspection');
  expect(slide).toContain('<a:t>Declined in effectiveness, 16 February 2016</a:t>');
  expect(slide).toContain('<a:t>No: over a year ago</a:t>');
  const notes = strFromU8(files['ppt/notesSlides/notesSlide2.xml'] ?? new Uint8Array());
  expect(notes).toContain('Latest full inspections of the 3 homes: 1 Outstanding and 2 Good.');
});
