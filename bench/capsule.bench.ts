// Capsule benchmark: the work done per `timeupdate` and per seek (the played-segments bookkeeping
// and the watched fraction), in microseconds. Prints medians; asserts nothing about speed.
import { PlayedSegments } from '../src/components/capsule/played-segments.js';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

describe('capsule benchmark', () => {
  it('per timeupdate and per seek', () => {
    const length = 600; // a 10-minute capsule
    const runs: { update: number; seek: number }[] = [];
    for (let run = 0; run < 7; run++) {
      const segments = new PlayedSegments();
      segments.start(0);
      // Four timeupdates a second for 10 minutes, with a seek back every 30 s (many segments).
      let updates = 0;
      let updateTime = 0;
      let seeks = 0;
      let seekTime = 0;
      for (let t = 0; t < length; t += 0.25) {
        let begin = performance.now();
        segments.extend(t);
        segments.progress(length);
        updateTime += performance.now() - begin;
        updates += 1;
        if (t > 0 && t % 30 === 0) {
          begin = performance.now();
          segments.close();
          segments.start(t - 10);
          segments.toString();
          seekTime += performance.now() - begin;
          seeks += 1;
        }
      }
      runs.push({ update: (updateTime / updates) * 1000, seek: (seekTime / seeks) * 1000 });
    }
    console.log(`capsule: ${median(runs.map((r) => r.update)).toFixed(2)} µs per timeupdate, ${median(runs.map((r) => r.seek)).toFixed(2)} µs per seek (10-minute video, 20 segments)`);
  });
});
