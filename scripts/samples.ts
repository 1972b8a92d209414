// Writes samples/ and eval/ (see generate-samples.ts).
import { main } from './generate-samples';

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
