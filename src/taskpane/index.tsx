/**
 * The page's entry (task pane and standalone page alike). office.js is loaded by a plain script tag
 * before this bundle; if it failed to load, `Office` is undefined and Tandem starts standalone.
 */
import { startTandem } from './start';

const container = document.getElementById('root');
if (container) void startTandem(container);
