/**
 * A progress bar for long imports, exports and purges when stderr is a terminal; on a pipe or
 * in CI it stays silent except for the messages logged through it.
 */
import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number): void;
  /** Prints a line above the bar (a bad line, a warning). */
  log(message: string): void;
  stop(): void;
}

export function createProgress(stream: NodeJS.WriteStream, total: number, unit: string): Progress {
  if (!stream.isTTY || total <= 0) {
    return {
      update() {},
      log(message) {
        stream.write(message + '\n');
      },
      stop() {},
    };
  }
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: `{bar} {percentage}% | {value}/{total} ${unit} | ETA {eta_formatted}`,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  let last = 0;
  return {
    update(done) {
      last = Math.min(done, total);
      bar.update(last);
    },
    log(message) {
      stream.write(`\r\x1b[K${message}\n`);
      bar.update(last);
    },
    stop() {
      bar.stop();
    },
  };
}
