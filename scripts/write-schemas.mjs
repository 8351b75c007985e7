#!/usr/bin/env node
/**
 * Build step: the JSON Schemas as files, each with its $id, exported by package.json:
 * dist/schema.json (`kamerbrief/schema.json`, the letter JSON, as `kamerbrief schema` prints it) and
 * dist/index.schema.json (`kamerbrief/index.schema.json`, batch's index.json).
 */
import { writeFileSync } from 'node:fs';
import { indexJsonSchema } from '../dist/batch/index-schema.js';
import { letterJsonSchema } from '../dist/model/letter.js';

const write = (name, schema) =>
  writeFileSync(new URL(`../dist/${name}`, import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
write('schema.json', letterJsonSchema());
write('index.schema.json', indexJsonSchema());
