// What the CLIs share: how one ends (runCli), prints a line, and turns --help or bad arguments into an exit code.
export function runCli(name: string, main: (argv: string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`${name}: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}

/** Thrown by an argument parser for --help; carries the usage text. */
export class HelpRequested extends Error {}

/** One line on stdout, resolved once written (so a pipe sees it before the process exits). */
export function writeLine(line: string): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write(`${line}\n`, (err) => (err ? reject(err) : resolve())));
}

/** The parsed arguments, or the exit code after printing the usage (0) or the problem (2). */
export async function parseOrExit<T>(parse: () => T): Promise<{ args: T } | { code: number }> {
  try {
    return { args: parse() };
  } catch (err) {
    if (err instanceof HelpRequested) {
      await writeLine(err.message);
      return { code: 0 };
    }
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    return { code: 2 };
  }
}
