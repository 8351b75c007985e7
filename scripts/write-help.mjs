#!/usr/bin/env node
/**
 * Build step: store `kamerbrief --help` as dist/help.txt, so that bin/kamerbrief.js can answer
 * --help without loading the CLI (Node's own start-up is most of the 150 ms budget).
 */
import { writeFileSync } from 'node:fs';
import { program } from '../dist/cli/index.js';

let text = '';
const prog = program();
prog.configureOutput({ writeOut: (s) => (text += s) });
prog.outputHelp();
writeFileSync(new URL('../dist/help.txt', import.meta.url), text);
