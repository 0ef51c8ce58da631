#!/usr/bin/env node
// Start-up is mostly V8 compiling the CLI bundle. Node >= 22.1 keeps the compiled code between runs
// (module.enableCompileCache); on Node 20 this script loads the bundle through vm.Script with the
// code cache the build wrote beside it (dist/cli.cache). V8 rejects a cache made by another V8
// version or for another bundle: then the bundle is compiled as usual, nothing is written.
'use strict';
const Module = require('node:module');
const path = require('node:path');
const bundle = path.join(__dirname, '../dist/cli.js');

if (Module.enableCompileCache) {
  Module.enableCompileCache();
  require(bundle);
} else {
  loadWithCodeCache(bundle, path.join(__dirname, '../dist/cli.cache'));
}

function loadWithCodeCache(file, cacheFile) {
  const fs = require('node:fs');
  const vm = require('node:vm');
  let source;
  let cachedData;
  try {
    source = fs.readFileSync(file, 'utf8');
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    // No bundle to read (a missing build, say): the usual loader gives the usual error.
    if (source === undefined) return void require(file);
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  // The build runs this script once with MORTGAGE_LENS_WRITE_CODE_CACHE set: the cache is taken at
  // exit, so it holds the functions a run compiled, not only the top level.
  const target = process.env.MORTGAGE_LENS_WRITE_CODE_CACHE;
  if (target) process.once('exit', () => fs.writeFileSync(target, script.createCachedData()));
  const mod = new Module(file);
  mod.filename = file;
  script.runInThisContext()(mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
}
