import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { FEATURE_MODULES } from './app.module';

const RESOLVER_TYPE_METADATA = 'graphql:resolver_type';

/** Resolver classes of every feature module, read from the modules' own metadata. */
function featureResolvers(): Function[] {
  return FEATURE_MODULES.flatMap(
    (module) => (Reflect.getMetadata('providers', module) as unknown[] | undefined) ?? [],
  ).filter(
    (provider): provider is Function =>
      typeof provider === 'function' && Reflect.hasMetadata(RESOLVER_TYPE_METADATA, provider),
  );
}

/** SDL in a stable form: sorted, so the committed file only changes when the schema does. */
export function sdlOf(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

export async function printGraphQLSchema(): Promise<string> {
  const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, {
    logger: false,
  });
  await app.init();
  try {
    const schema = await app.get(GraphQLSchemaFactory).create(featureResolvers());
    return sdlOf(schema);
  } finally {
    await app.close();
  }
}
