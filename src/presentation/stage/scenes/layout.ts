import { STAGE_WIDTH } from './stage-size.ts';

const MARGIN = 70;
const MAX_SPACING = 210;

/**
 * Where each of `count` people stands, left to right, centred on the stage. The same count always gives the same
 * places, so the layout is stable: people keep their order and only close up or make room.
 */
export function layoutPeople(count: number, maxSpacing = MAX_SPACING, margin = MARGIN): number[] {
  if (count <= 0) return [];
  const spacing = Math.min(maxSpacing, (STAGE_WIDTH - margin * 2) / Math.max(count - 1, 1));
  const first = STAGE_WIDTH / 2 - (spacing * (count - 1)) / 2;
  return Array.from({ length: count }, (_, i) => Math.round(first + spacing * i));
}
