// Builds the browser side into dist/web: the page (task pane and standalone page, one bundle) and the
// engine worker (the engine and ExcelJS, off the page's thread and out of its bundle).
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const OUT = path.resolve(__dirname, 'dist/web');
const WORKER_FILE = /^engine-worker/;

/** office-addin-dev-certs' certificates for https://localhost:3000 when available, else webpack's own. */
async function httpsServer() {
  try {
    const devCerts = require('office-addin-dev-certs');
    const options = await devCerts.getHttpsServerOptions();
    return { type: 'https', options: { ca: options.ca, key: options.key, cert: options.cert } };
  } catch {
    return 'https';
  }
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode ?? 'production';
  const dev = mode === 'development';
  const serving = Boolean(env.WEBPACK_SERVE);

  const common = {
    mode,
    module: {
      rules: [{ test: /\.tsx?$/, loader: 'ts-loader', options: { transpileOnly: true }, exclude: /node_modules/ }],
    },
    performance: { hints: false },
    devtool: dev ? 'source-map' : false,
  };

  const page = {
    ...common,
    name: 'page',
    target: 'web',
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: OUT,
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      publicPath: 'auto',
      // The worker build writes into the same folder: leave its files alone.
      clean: { keep: WORKER_FILE },
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    plugins: [
      new HtmlWebpackPlugin({
        template: './src/taskpane/taskpane.html',
        filename: 'taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
        inject: 'head',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          { from: 'manifest.xml', to: 'manifest.xml' },
        ],
      }),
    ],
    devServer: {
      port: 3000,
      server: serving ? await httpsServer() : 'https',
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: [{ directory: path.resolve(__dirname, 'assets'), publicPath: '/assets' }],
    },
  };

  const worker = {
    ...common,
    name: 'worker',
    target: 'webworker',
    entry: { 'engine-worker': './src/worker/engine-worker.ts' },
    output: {
      path: OUT,
      filename: '[name].js',
      chunkFilename: 'engine-worker.[name].[contenthash:8].js',
      // Everything but the worker's own files belongs to the page build.
      clean: { keep: (file) => !WORKER_FILE.test(file) },
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // ExcelJS ships a browser build that carries its own stream and zip shims.
      alias: { exceljs$: 'exceljs/dist/exceljs.min.js' },
    },
  };

  return [page, worker];
};
