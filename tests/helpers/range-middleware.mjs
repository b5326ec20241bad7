// Byte-range responses for media fixtures (the test server answers whole files only): a browser
// seeks in a video through Range requests, as any real web server allows.
import { createReadStream, statSync } from 'node:fs';
import { join } from 'node:path';

export function rangeMiddleware(rootDir) {
  return async (ctx, next) => {
    const range = ctx.get('range');
    if (!range || !/\.(webm|mp4|ogv)$/.test(ctx.path)) return next();
    const file = join(rootDir, decodeURIComponent(ctx.path));
    let size;
    try {
      size = statSync(file).size;
    } catch {
      return next();
    }
    const [, startText, endText] = /bytes=(\d*)-(\d*)/.exec(range) ?? [];
    const start = startText ? Number(startText) : 0;
    const end = endText ? Math.min(Number(endText), size - 1) : size - 1;
    ctx.status = 206;
    ctx.set('Accept-Ranges', 'bytes');
    ctx.set('Content-Range', `bytes ${start}-${end}/${size}`);
    ctx.set('Content-Length', String(end - start + 1));
    ctx.type = 'video/webm';
    ctx.body = createReadStream(file, { start, end });
  };
}
