/**
 * Preloaded with `NODE_OPTIONS=--require <this file>`: records (to the file named by KB_SANDBOX_LOG, one
 * JSON line each) every attempt to open a network connection, resolve a host name, or compile code from
 * a string (eval, new Function, and the AsyncFunction/GeneratorFunction constructors), and makes each
 * attempt fail. Child processes inherit NODE_OPTIONS, so batch workers are covered too.
 */
'use strict';
const fs = require('node:fs');
const net = require('node:net');
const tls = require('node:tls');
const http = require('node:http');
const https = require('node:https');
const dns = require('node:dns');

const LOG = process.env.KB_SANDBOX_LOG;

function record(kind, detail) {
  const line = `${JSON.stringify({ kind, detail: String(detail).slice(0, 200), pid: process.pid, stack: new Error().stack.split('\n').slice(2, 6).join(' | ') })}\n`;
  if (LOG) fs.appendFileSync(LOG, line);
}

function deny(kind) {
  return function denied(...args) {
    const what = args
      .map((a) =>
        a && typeof a === 'object'
          ? JSON.stringify(a, ['host', 'hostname', 'port', 'path', 'href'])
          : String(a),
      )
      .join(' ');
    record(kind, what);
    throw new Error(`sandbox: ${kind} is not allowed (${what})`);
  };
}

const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function connect(...args) {
  // IPC pipes between a parent and its child processes/workers are not network connections.
  const first = args[0];
  const isPipe =
    (first && typeof first === 'object' && typeof first.path === 'string') || typeof first === 'string';
  if (isPipe) return originalConnect.apply(this, args);
  return deny('net.connect')(...args);
};
net.connect = net.createConnection = deny('net.connect');
tls.connect = deny('tls.connect');
http.request = http.get = deny('http.request');
https.request = https.get = deny('https.request');
dns.lookup = deny('dns.lookup');
dns.resolve = deny('dns.resolve');
if (dns.promises) {
  dns.promises.lookup = deny('dns.lookup');
  dns.promises.resolve = deny('dns.resolve');
}
globalThis.fetch = deny('fetch');
if (typeof globalThis.WebSocket === 'function') globalThis.WebSocket = deny('WebSocket');

globalThis.eval = function evalDenied(src) {
  record('eval', typeof src === 'string' ? src.slice(0, 80) : typeof src);
  throw new EvalError('sandbox: eval is not allowed');
};

function guardConstructor(Original, name) {
  const guarded = new Proxy(Original, {
    apply(_t, _this, args) {
      record(name, args.map(String).join(',').slice(0, 80));
      throw new EvalError(`sandbox: ${name} is not allowed`);
    },
    construct(_t, args) {
      record(name, args.map(String).join(',').slice(0, 80));
      throw new EvalError(`sandbox: ${name} is not allowed`);
    },
  });
  return guarded;
}
globalThis.Function = guardConstructor(Function, 'new Function');
// The constructors reachable from function instances (`(async () => {}).constructor`) are guarded by
// the --disallow-code-generation-from-strings flag the test also passes; here we record the globals.
Object.defineProperty(Function.prototype, 'constructor', {
  value: globalThis.Function,
  writable: true,
  configurable: true,
});
