import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { printGraphQLSchema } from '../graphql-schema';

/** Writes the SDL built from the code-first resolvers, without a database or a server. */
async function main() {
  const [target] = process.argv.slice(2);
  const sdl = await printGraphQLSchema();
  if (target) writeFileSync(target, sdl);
  else process.stdout.write(sdl);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
