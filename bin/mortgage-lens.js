#!/usr/bin/env node
// V8's compile cache (Node >= 22.1) keeps the bundle's compiled code between runs; Node 20 lacks it.
require('node:module').enableCompileCache?.();
require('../dist/cli.js');
