// Builds the browser side: for now the engine worker that the task pane and the standalone page use.
const path = require('node:path');

module.exports = (_env, argv) => ({
  mode: argv.mode ?? 'production',
  target: 'webworker',
  entry: { 'engine-worker': './src/worker/engine-worker.ts' },
  output: { path: path.resolve(__dirname, 'dist/web'), filename: '[name].js', clean: true },
  resolve: {
    extensions: ['.ts', '.tsx', '.js'],
    // ExcelJS ships a browser build that carries its own stream and zip shims.
    alias: { exceljs$: 'exceljs/dist/exceljs.min.js' },
  },
  module: {
    rules: [{ test: /\.tsx?$/, loader: 'ts-loader', options: { transpileOnly: true }, exclude: /node_modules/ }],
  },
  performance: { hints: false },
  devtool: argv.mode === 'development' ? 'source-map' : false,
  devServer: {
    port: 3000,
    server: 'https',
    static: [{ directory: path.resolve(__dirname, 'assets'), publicPath: '/assets' }],
  },
});
