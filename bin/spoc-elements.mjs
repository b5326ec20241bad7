#!/usr/bin/env node
// `npx spoc-elements report …`: see `spoc-elements --help`. Runs the built CLI (dist/cli.js).
import { runCli } from '../dist/cli.js';

process.exitCode = await runCli(process.argv.slice(2), { env: process.env, log: console.log, error: console.error, cwd: process.cwd() });
