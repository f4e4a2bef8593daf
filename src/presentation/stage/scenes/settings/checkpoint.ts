import { PALETTE as P } from '../palette';
import { skyAndGround, type Ctx } from '../paint';

export function paintCheckpoint(ctx: Ctx, w: number, h: number): void {
  skyAndGround(ctx, w, h, 262, [P.skyTop, P.skyHorizon], [P.groundFar, P.groundNear]);
}
