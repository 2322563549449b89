export async function runScale() {
  throw new Error('todo');
}
