// npm scripts must run on the Node 24 that the `node` devDependency installs into node_modules/.bin.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(`sage-mock needs Node >= 24 (found ${process.version}). Run 'npm install' first: it installs Node 24 for the npm scripts.`);
  process.exit(1);
}
