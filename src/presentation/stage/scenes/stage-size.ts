/** The logical size of the drawn scene; Phaser scales it to fit its parent. */
export const STAGE_WIDTH = 960;
export const STAGE_HEIGHT = 540;
/** Where people's feet stand. */
export const GROUND_Y = 522;
