/** The stage's scenes, loaded together with Phaser only when a scenario starts. */
export { BootScene } from './boot-scene.ts';
export { PreloaderScene } from './preloader-scene.ts';
export { StageScene } from './stage-scene.ts';
export { makeBuiltinImages } from './builtin-images.ts';
export { STAGE_HEIGHT, STAGE_WIDTH } from './stage-size.ts';
