#!/usr/bin/env node
// The aslkit binary: runs the bundle built by `npm run build` (esbuild, packages/cli/dist).
import '../dist/aslkit.js';
