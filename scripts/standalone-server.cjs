/**
 * The production server: Next's standalone build (next build, output: 'standalone') served by
 * Node's http module, plus one thing Next leaves out. npm run build copies this file to
 * <distDir>/standalone/glm-server.cjs; run it there (npm start and the Dockerfile do):
 *
 *   PORT=3000 HOSTNAME=0.0.0.0 node .next/standalone/glm-server.cjs
 *
 * Pinned answers (a `v=` query: a permalink, API answer or preview image of one data version)
 * are the same on every replica of a build. Next streams pages rendered per request and sends
 * no ETag for them, and its ETag for a cached view is of bytes that can differ between replicas
 * (pageContent), so a CDN or browser could not revalidate them against any replica: here such an
 * answer is buffered; a page gets a strong ETag hashed from its content, any other answer lacking
 * one from its body (a 304 when If-None-Match matches). Everything else streams untouched.
 */
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const zlib = require('node:zlib');

process.env.NODE_ENV = 'production';
process.chdir(__dirname);

const port = Number.parseInt(process.env.PORT ?? '', 10) || 3000;
const hostname = process.env.HOSTNAME || '0.0.0.0';

// The configuration next build wrote into its own server.js, one JSON line.
const generated = fs.readFileSync(path.join(__dirname, 'server.js'), 'utf8');
const match = /^const nextConfig = (.*)$/m.exec(generated);
if (!match) throw new Error('glm-server: no nextConfig line in server.js; rebuild with npm run build');
const conf = JSON.parse(match[1]);
process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(conf);

function pinned(req) {
  if (req.method !== 'GET' || !req.url || req.url.startsWith('/_next/')) return false;
  const q = req.url.indexOf('?');
  return q !== -1 && new URLSearchParams(req.url.slice(q + 1)).has('v');
}

function ifNoneMatch(header, etag) {
  if (!header) return false;
  return header.split(',').some((t) => {
    const tag = t.trim();
    return tag === '*' || tag === etag || tag === `W/${etag}`;
  });
}

/**
 * A page's content for its ETag: the decoded HTML without React's text separators. React writes
 * `<!-- -->` between adjacent text nodes when its render happened to pause between them (say, on
 * the first use of a client component in the process), so the first render of a view on each
 * replica can differ by a separator while showing the same page. Hashing without them gives every
 * replica the same ETag for the same page, and a CDN's revalidation against any of them a 304.
 */
function pageContent(body, encoding) {
  const enc = String(encoding ?? '').toLowerCase();
  const decoded =
    enc === 'gzip'
      ? zlib.gunzipSync(body)
      : enc === 'br'
        ? zlib.brotliDecompressSync(body)
        : enc === 'deflate'
          ? zlib.inflateSync(body)
          : body;
  return decoded.toString('utf8').replaceAll('<!-- -->', '');
}

/**
 * Buffers the answer; at its end, adds a strong ETag from the body unless it has one (a page's
 * always, from its content: pageContent). The
 * status line and headers are held back until then (writeHead is deferred), so Next's
 * compression still applies and the ETag is that of the bytes sent.
 */
function tagFromBody(req, res) {
  const chunks = [];
  const { write, end, flushHeaders, writeHead } = res;
  let finished = false;
  const add = (chunk, encoding) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === 'string' ? encoding : undefined));
  };
  res.writeHead = function (statusCode, reason, headers) {
    if (finished) return writeHead.apply(this, arguments);
    const fields = typeof reason === 'string' ? headers : reason;
    res.statusCode = statusCode;
    if (Array.isArray(fields)) {
      for (let i = 0; i + 1 < fields.length; i += 2) res.setHeader(fields[i], fields[i + 1]);
    } else if (fields) {
      for (const [name, value] of Object.entries(fields)) if (value !== undefined) res.setHeader(name, value);
    }
    return res;
  };
  res.flushHeaders = () => {};
  res.write = (chunk, encoding, callback) => {
    add(chunk, encoding);
    const cb = typeof encoding === 'function' ? encoding : callback;
    if (cb) process.nextTick(cb);
    return true;
  };
  res.end = (chunk, encoding, callback) => {
    const cb = [chunk, encoding, callback].find((a) => typeof a === 'function');
    add(chunk, encoding);
    finished = true;
    res.write = write;
    res.end = end;
    res.flushHeaders = flushHeaders;
    const body = Buffer.concat(chunks);
    if (!res.headersSent && res.statusCode === 200) {
      // Cache-Control is the app's (proxy.ts, lib/http-cache.ts): this only adds the ETag.
      let etag = res.getHeader('ETag');
      const html = String(res.getHeader('Content-Type') ?? '').startsWith('text/html');
      if (!etag || html) {
        etag = `"${crypto
          .createHash('sha256')
          .update(html ? pageContent(body, res.getHeader('Content-Encoding')) : body)
          .digest('base64url')}"`;
        res.setHeader('ETag', etag);
      }
      if (ifNoneMatch(req.headers['if-none-match'], String(etag))) {
        res.statusCode = 304;
        for (const name of ['Content-Length', 'Content-Type', 'Content-Encoding', 'Transfer-Encoding']) res.removeHeader(name);
        return end.call(res, cb);
      }
      res.setHeader('Content-Length', body.length);
      res.removeHeader('Transfer-Encoding');
    }
    return end.call(res, body, cb);
  };
}

async function main() {
  const next = require('next');
  const app = next({ dev: false, dir: __dirname, hostname, port, conf });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = http.createServer((req, res) => {
    if (pinned(req)) tagFromBody(req, res);
    handle(req, res).catch((error) => {
      console.error(error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  const keepAlive = Number.parseInt(process.env.KEEP_ALIVE_TIMEOUT ?? '', 10);
  if (Number.isFinite(keepAlive) && keepAlive >= 0) server.keepAliveTimeout = keepAlive;
  server.listen(port, hostname, () => {
    console.log(`glm-server: ready on http://${hostname.includes(':') ? `[${hostname}]` : hostname}:${port}`);
  });
  const stop = () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
