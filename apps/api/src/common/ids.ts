const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Any string is a GraphQL ID: ids that are not UUIDs are simply not found, not a database error. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
