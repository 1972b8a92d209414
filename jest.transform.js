/**
 * How jest turns our TypeScript into CommonJS: ts-jest, transpiling only (the type checker runs
 * separately with `npm run typecheck`), so tests start fast.
 */
module.exports = {
  '^.+\\.(t|j)sx?$': [
    'ts-jest',
    {
      isolatedModules: true,
      diagnostics: false,
      tsconfig: { module: 'commonjs', moduleResolution: 'node', jsx: 'react-jsx', esModuleInterop: true, allowJs: true, target: 'es2022' },
    },
  ],
};
