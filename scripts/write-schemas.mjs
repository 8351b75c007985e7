#!/usr/bin/env node
/**
 * Build step: the JSON Schemas as files, each with its $id, exported by package.json:
 * dist/schema.json (`kamerbrief/schema.json`, the letter JSON, as `kamerbrief schema` prints it),
 * dist/index.schema.json (`kamerbrief/index.schema.json`, batch's index.json) and
 * dist/register.schema.json (`kamerbrief/register.schema.json`, the register's register.json).
 */
import { writeFileSync } from 'node:fs';
import { indexJsonSchema } from '../dist/batch/index-schema.js';
import { letterJsonSchema } from '../dist/model/letter.js';
import { registerJsonSchema } from '../dist/register/schema.js';

const write = (name, schema) =>
  writeFileSync(new URL(`../dist/${name}`, import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
write('schema.json', letterJsonSchema());
write('index.schema.json', indexJsonSchema());
write('register.schema.json', registerJsonSchema());
