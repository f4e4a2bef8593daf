/**
 * Phaser's texture manager boots from three built-in images (default, missing, white) that it ships as data: URIs.
 * We hand it blank and white images made on a canvas instead, as blob: URLs, so nothing is loaded from data: URIs.
 */
export interface BuiltinImages {
  images: { default: string; missing: string; white: string };
  release: () => void;
}

function canvasUrl(size: number, fill: string | null): Promise<string> {
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d');
  if (ctx && fill !== null) {
    ctx.fillStyle = fill;
    ctx.fillRect(0, 0, size, size);
  }
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob) resolve(URL.createObjectURL(blob));
      else reject(new Error('Could not make a built-in stage image.'));
    }, 'image/png');
  });
}

export async function makeBuiltinImages(): Promise<BuiltinImages> {
  const [blank, white] = await Promise.all([canvasUrl(32, null), canvasUrl(4, '#ffffff')]);
  return {
    images: { default: blank, missing: blank, white },
    release: () => {
      URL.revokeObjectURL(blank);
      URL.revokeObjectURL(white);
    },
  };
}
