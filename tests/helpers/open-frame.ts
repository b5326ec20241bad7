import { oneEvent } from '@open-wc/testing';

/** Opens a page of the test server in a 1280×900 iframe; resolves once it has loaded. */
export async function openFrame(path: string): Promise<{ frame: HTMLIFrameElement; win: Window & typeof globalThis; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.title = path;
  frame.width = '1280';
  frame.height = '900';
  frame.src = path;
  const loaded = oneEvent(frame, 'load');
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow! as Window & typeof globalThis, doc: frame.contentDocument! };
}
