#!/usr/bin/env node
// Thin launcher: all behaviour lives in src/cli/main.ts (built to dist/ by `npm ci`).
import { main } from '../dist/cli/main.js';
import { processIo } from '../dist/cli/io.js';

process.exitCode = await main(process.argv.slice(2), processIo());
