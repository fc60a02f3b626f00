/**
 * The import rules of sage-mock (`npm run deps`, part of `npm test`): imports flow downward only.
 * Type-only imports count (`tsPreCompilationDeps`). Violations recorded in
 * `.dependency-cruiser-known-violations.json` are tolerated until removed; any new one fails.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycle, type-only imports included.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-imports-only-core',
      severity: 'error',
      comment: 'mock/core holds what every capability uses and imports nothing above it (generated OpenAPI types aside).',
      from: { path: '^mock/core/' },
      to: {
        pathNot: ['^mock/core/', '^openapi/types\\.ts$'],
        dependencyTypesNot: ['core', 'npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-bundled', 'npm-no-pkg'],
      },
    },
    {
      name: 'domain-not-resources',
      severity: 'error',
      comment: 'The ledger and the world are the domain below HTTP: resource modules translate HTTP to their calls, never the other way.',
      from: { path: '^mock/(ledger|world)/' },
      to: { path: '^mock/resources/' },
    },
    {
      name: 'adapters-public-surface',
      severity: 'error',
      comment: 'Adapters only translate: they import the public surface (mock/index.ts), nothing inside the core.',
      from: { path: '^mock/adapters/' },
      to: { path: '^mock/', pathNot: ['^mock/index\\.ts$', '^mock/adapters/'] },
    },
    {
      name: 'nothing-imports-the-root',
      severity: 'error',
      comment: 'The composition root (sage-mock.ts), the pipeline list and the public index sit on top: only the entry points import them.',
      from: { path: '^mock/', pathNot: ['^mock/(index|cli|sage-mock)\\.ts$', '^mock/adapters/'] },
      to: { path: '^mock/(sage-mock|pipeline|index)\\.ts$' },
    },
    {
      name: 'states-below-context',
      severity: 'error',
      comment: 'Capability state and control-plane modules sit below the request context (context.ts).',
      from: { path: '^mock/(state\\.ts|[a-z]+/(state|board|journal|tokens|codes|scopes|credential|types|access|admin)\\.ts)$' },
      to: { path: '^mock/context\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^(mock|openapi)/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
