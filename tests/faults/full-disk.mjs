/**
 * A full disk for the tests, loaded with `NODE_OPTIONS=--import <this file>` into the CLI and
 * (through NODE_OPTIONS) into its worker processes. Writes to files under KB_FAULT_DIR share one
 * budget of KB_FAULT_BYTES bytes over all processes; the write that crosses it is cut short (as
 * write(2) does on a filling disk) and the next one fails with KB_FAULT_CODE (ENOSPC, EIO, ...).
 * The budget is kept as the size of the file KB_FAULT_COUNTER (appended with O_APPEND, so every
 * process sees the bytes of all). KB_FAULT_MATCH (a regular expression) limits the fault to the
 * paths it matches (the journal, index.json, ...). Every process that loads this file appends its
 * pid to KB_FAULT_PIDS, so that a test can check that none is left; KB_FAULT_TIME gets the time of
 * the first refused write. Nothing in src/ knows about it.
 */
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import { resolve, sep } from 'node:path';

const dir = process.env.KB_FAULT_DIR ? resolve(process.env.KB_FAULT_DIR) : null;
const limit = Number(process.env.KB_FAULT_BYTES ?? 0);
const code = process.env.KB_FAULT_CODE ?? 'ENOSPC';
const counter = process.env.KB_FAULT_COUNTER;
const match = process.env.KB_FAULT_MATCH ? new RegExp(process.env.KB_FAULT_MATCH) : null;
if (process.env.KB_FAULT_PIDS) fs.appendFileSync(process.env.KB_FAULT_PIDS, `${process.pid}\n`);

if (dir && counter) {
  const orig = {
    openSync: fs.openSync,
    open: fs.open,
    writeSync: fs.writeSync,
    write: fs.write,
    writeFileSync: fs.writeFileSync,
    appendFileSync: fs.appendFileSync,
    pWriteFile: fsp.writeFile,
    pOpen: fsp.open,
  };
  const watched = (path) =>
    typeof path === 'string' &&
    (resolve(path) === dir || resolve(path).startsWith(dir + sep)) &&
    (!match || match.test(path));
  const fds = new Set();
  const used = () => {
    try {
      return fs.statSync(counter).size;
    } catch {
      return 0;
    }
  };
  const fail = (syscall) => {
    // KB_FAULT_TIME: when the first write failed (ms since the epoch), to time fault-to-exit.
    if (process.env.KB_FAULT_TIME && !fs.existsSync(process.env.KB_FAULT_TIME))
      orig.writeFileSync(process.env.KB_FAULT_TIME, String(Date.now()));
    const messages = { ENOSPC: 'no space left on device', EIO: 'i/o error', EDQUOT: 'disk quota exceeded' };
    const err = new Error(`${code}: ${messages[code] ?? 'simulated failure'}, ${syscall}`);
    err.code = code;
    err.syscall = syscall;
    err.errno = -28;
    return err;
  };
  /** How many of n bytes still fit; records them. Throws when nothing fits. */
  const take = (n, syscall) => {
    const room = Math.max(0, limit - used());
    if (room === 0 && n > 0) throw fail(syscall);
    const k = Math.min(room, n);
    if (k > 0) orig.appendFileSync(counter, Buffer.alloc(k, 120));
    return k;
  };
  const bytesOf = (data, encoding) =>
    typeof data === 'string'
      ? Buffer.from(data, typeof encoding === 'string' ? encoding : 'utf8')
      : Buffer.from(data.buffer ?? data, data.byteOffset ?? 0, data.byteLength ?? data.length);

  fs.openSync = function (path, ...rest) {
    const fd = orig.openSync.call(this, path, ...rest);
    if (watched(path)) fds.add(fd);
    return fd;
  };
  fs.open = function (path, ...rest) {
    const cb = rest.pop();
    return orig.open.call(this, path, ...rest, (err, fd) => {
      if (!err && watched(path)) fds.add(fd);
      cb(err, fd);
    });
  };
  fs.writeSync = function (fd, data, ...rest) {
    if (!fds.has(fd)) return orig.writeSync.call(this, fd, data, ...rest);
    let buf;
    if (typeof data === 'string') buf = Buffer.from(data, typeof rest[1] === 'string' ? rest[1] : 'utf8');
    else {
      const off = typeof rest[0] === 'number' ? rest[0] : 0;
      const len = typeof rest[1] === 'number' ? rest[1] : data.byteLength - off;
      buf = Buffer.from(data.buffer, data.byteOffset + off, len);
    }
    const k = take(buf.length, 'write');
    return orig.writeSync.call(this, fd, buf, 0, k);
  };
  fs.write = function (fd, data, ...rest) {
    const cb = rest.pop();
    if (!fds.has(fd)) return orig.write.call(this, fd, data, ...rest, cb);
    let buf;
    if (typeof data === 'string') buf = Buffer.from(data, 'utf8');
    else {
      const off = typeof rest[0] === 'number' ? rest[0] : 0;
      const len = typeof rest[1] === 'number' ? rest[1] : data.byteLength - off;
      buf = Buffer.from(data.buffer, data.byteOffset + off, len);
    }
    let k;
    try {
      k = take(buf.length, 'write');
    } catch (err) {
      process.nextTick(cb, err);
      return;
    }
    return orig.write.call(this, fd, buf, 0, k, null, cb);
  };
  const wholeFile = (data, options, writeIt) => {
    const buf = bytesOf(data, typeof options === 'string' ? options : options?.encoding);
    const room = Math.max(0, limit - used());
    if (room >= buf.length) {
      take(buf.length, 'write');
      return writeIt(buf);
    }
    // The disk fills up halfway: part of the file is written, then the write fails.
    if (room > 0) take(room, 'write');
    writeIt(buf.subarray(0, room));
    throw fail('write');
  };
  fs.writeFileSync = function (path, data, options) {
    if (!watched(path)) return orig.writeFileSync.call(this, path, data, options);
    return wholeFile(data, options, (b) => orig.writeFileSync.call(this, path, b, options));
  };
  fsp.writeFile = async function (path, data, options) {
    if (!watched(path)) return orig.pWriteFile.call(this, path, data, options);
    let pending;
    try {
      wholeFile(data, options, (b) => {
        pending = orig.pWriteFile.call(this, path, b, options);
      });
    } catch (err) {
      await pending;
      throw err;
    }
    return pending;
  };
  syncBuiltinESMExports();
}
