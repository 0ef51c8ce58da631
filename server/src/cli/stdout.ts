// Standard output without process.stdout where that is safe: making process.stdout loads Node's
// stream modules, about 1.5 ms of a one-line check's start-up. A file, a pipe or /dev/null is
// written with fs.writeSync, as process.stdout itself writes files; a terminal, a socket or anything
// else goes through process.stdout, and so does the rest of a write to a pipe that another process
// made non-blocking (EAGAIN).
import * as fs from 'node:fs';

let direct: boolean | undefined;

function writesDirectly(): boolean {
  if (direct === undefined) {
    try {
      const stat = fs.fstatSync(1);
      direct =
        stat.isFile() ||
        stat.isFIFO() ||
        (stat.isCharacterDevice() && stat.rdev === fs.statSync('/dev/null').rdev);
    } catch {
      direct = false; // no standard output, or no /dev/null (Windows): Node's stream decides
    }
  }
  return direct;
}

/** Whether standard output is a terminal; a file, a pipe or /dev/null is answered without the stream. */
export function stdoutIsTTY(): boolean {
  return writesDirectly() ? false : process.stdout.isTTY === true;
}

export function writeStdout(text: string): void {
  if (!writesDirectly()) {
    process.stdout.write(text);
    return;
  }
  const bytes = Buffer.from(text, 'utf8');
  let done = 0;
  try {
    while (done < bytes.length) done += fs.writeSync(1, bytes, done);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    direct = false;
    process.stdout.write(bytes.subarray(done));
  }
}
