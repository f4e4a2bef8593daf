import * as Phaser from 'phaser';

/** First scene, as in Phaser's templates: nothing to load from the network, so it hands over at once. */
export class BootScene extends Phaser.Scene {
  constructor() {
    super({ key: 'Boot' });
  }

  create(): void {
    this.scene.start('Preloader');
  }
}
