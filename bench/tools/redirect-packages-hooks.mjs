// Resolution hooks of redirect-packages.mjs: a resolved file inside a redirected package directory
// is loaded from the same place in the copy instead.
let pairs = [];

export function initialize(data) {
  pairs = data
    .split(';')
    .filter(Boolean)
    .map((pair) => pair.split('=>').map((dir) => new URL(`file://${dir.replace(/\/$/, '')}/`).href));
}

export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  for (const [from, to] of pairs) {
    if (result.url.startsWith(from)) return { ...result, url: to + result.url.slice(from.length) };
  }
  return result;
}
