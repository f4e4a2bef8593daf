/** The stage's scenes, loaded together with Phaser only when a scenario starts. */
export { BootScene } from './boot-scene';
export { PreloaderScene } from './preloader-scene';
export { StageScene } from './stage-scene';
export { makeBuiltinImages } from './builtin-images';
export { STAGE_HEIGHT, STAGE_WIDTH } from './stage-size';
