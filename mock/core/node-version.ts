/**
 * Fails fast, at import, on a Node the package does not support: msw 3 needs Node 22.12 and
 * faker 22.13 (Node 20 fails deep inside msw with "Promise.withResolvers is not a function").
 * Every entry point (`sage-mock`, `sage-mock/msw`, `sage-mock/fastify`, the CLI) imports this
 * module first, so it runs before any dependency does. No imports: nothing can run before it.
 */
export const SUPPORTED_NODE = '>=22.13';

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 13)) {
  throw new Error(
    `sage-mock needs Node.js ${SUPPORTED_NODE} (22.13 or later, or 24); this is Node.js ${process.versions.node}. Upgrade Node.js (https://nodejs.org).`,
  );
}
