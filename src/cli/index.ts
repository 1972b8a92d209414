import { main } from './main';

// Output piped into a program that stops reading (`tandem … | head`): the rest of the output is
// dropped, the run goes on to write its files, and no stack trace is shown.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 1;
  },
);
