// The jco/Node.js runner of the cross-host tests (tests/harness): transpiles
// a command component with jco and runs it under Node.js with the
// preview2-shim, the way the harness runs it on wasmtime.
//
//   node tests/jco/run.mjs COMPONENT.wasm OUT CONFIG.json   (stdin is the guest's stdin)
//
// CONFIG: {"args": [...], "env": [[k, v]...], "preopens": [[host, guest]...], ...}
//
// OUT is an empty directory under tests/ (so that the transpiled files'
// imports of the shim resolve to tests/node_modules); the caller removes it
// (a guest's exit ends the process at once).
//
// Exit status: 0 when `run` returns ok, 1 when it returns err, the code of
// `exit-with-code`, 134 when the component traps or cannot be transpiled
// (the reason on stderr after a marker line the harness recognises).
//
// "hosts": {"ns:pkg/iface": "JS module source"} implements imports of the
// guest's own WIT.
//
// A reactor: "calls": [[export, [args...]], ...] calls those exports in
// order instead of `run` (an i64 argument as {"i64": "decimal"}; i64
// results as decimal strings) and writes their results as a JSON array to
// the file "results".
//
// A proxy: "requests": [[method, path, [[name, value]...], [body bytes]]...]
// serves them in order with the shim's HTTP server (one instance) and
// writes [{status, headers, body}...] to "results".
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { transpile } from "@bytecodealliance/jco";
import {
  _setArgs,
  _setEnv,
  _setTerminalStdin,
  _setTerminalStdout,
  _setTerminalStderr,
} from "@bytecodealliance/preview2-shim/cli";
import { _setPreopens } from "@bytecodealliance/preview2-shim/filesystem";

const TRAP = "\n--- p1-adapt jco trap ---\n";
const [componentPath, out, configPath] = process.argv.slice(2);
const config = JSON.parse(await readFile(configPath, "utf8"));

// jco's generated code compiles its core modules concurrently: when one
// fails, the others' rejections may arrive unhandled. They are the same
// failure: report it as the trap it is, never as Node's exit status 1.
let failed = false;
const fail = (e) => {
  if (!failed) process.stderr.write(`${TRAP}${e?.stack ?? e}\n`);
  failed = true;
  process.exitCode = 134;
};
process.on("unhandledRejection", fail);
process.on("uncaughtException", fail);

let code = 134;
try {
  // "hosts": {"ns:pkg/iface": "JS module source"} provides a guest's own
  // imports (written beside the transpiled files and mapped to them).
  const map = {};
  for (const [iface, source] of Object.entries(config.hosts ?? {})) {
    const file = `host-${Object.keys(map).length}.mjs`;
    await mkdir(out, { recursive: true });
    await writeFile(join(out, file), source);
    map[iface] = `./${file}`;
  }
  const { files } = await transpile(await readFile(componentPath), { name: "component", map });
  for (const [name, bytes] of Object.entries(files)) {
    await mkdir(dirname(join(out, name)), { recursive: true });
    await writeFile(join(out, name), bytes);
  }
  // The shim reports every stdio stream as a terminal; here they are pipes
  // (as on wasmtime in the harness), so it is told the truth.
  if (!process.stdin.isTTY) _setTerminalStdin(undefined);
  if (!process.stdout.isTTY) _setTerminalStdout(undefined);
  if (!process.stderr.isTTY) _setTerminalStderr(undefined);
  _setArgs(config.args ?? []);
  _setEnv(Object.fromEntries(config.env ?? []));
  const preopens = {};
  for (const [host, guest] of config.preopens ?? []) preopens[guest] = host;
  _setPreopens(preopens);
  const component = await import(pathToFileURL(join(out, "component.js")).href);
  const run = Object.entries(component).find(([k]) => k === "run" || k.startsWith("wasi:cli/run@"));
  try {
    if (config.requests) {
      const { HTTPServer } = await import("@bytecodealliance/preview2-shim/http");
      const handler = Object.entries(component).find(
        ([k]) => k === "incomingHandler" || k.startsWith("wasi:http/incoming-handler@"),
      )[1];
      const server = new HTTPServer(handler);
      server.listen(0, "127.0.0.1");
      const { port } = server.address();
      const results = [];
      for (const [method, path, headers, body] of config.requests) {
        const r = await fetch(`http://127.0.0.1:${port}${path}`, {
          method,
          headers,
          body: method === "GET" || method === "HEAD" ? undefined : Buffer.from(body),
        });
        const bytes = Buffer.from(await r.arrayBuffer());
        results.push({ status: r.status, headers: [...r.headers.entries()], body: Array.from(bytes) });
      }
      server.stop();
      await writeFile(config.results, JSON.stringify(results));
    } else if (config.calls) {
      const results = [];
      for (const [name, args] of config.calls) {
        // jco names a WIT function `add-two` `addTwo`, and exports an
        // interface `ns:pkg/name` as `name` too.
        const camel = (s) => s.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
        const [iface, func] = name.includes("#") ? name.split("#") : [null, name];
        const owner = iface === null ? component : component[iface] ?? component[camel(iface.split("/").pop())];
        const r = owner[camel(func)](...args.map((a) => (a?.i64 !== undefined ? BigInt(a.i64) : a)));
        // jco returns a list of numbers as a typed array.
        results.push(
          typeof r === "bigint" ? r.toString() : ArrayBuffer.isView(r) ? Array.from(r) : r ?? null,
        );
      }
      await writeFile(config.results, JSON.stringify(results));
    } else {
      run[1].run();
    }
    code = 0;
  } catch (e) {
    // jco reports `run` returning `err` as a ComponentError without payload.
    if (e?.constructor?.name === "ComponentError" && e.payload === undefined) code = 1;
    else throw e;
  }
} catch (e) {
  fail(e);
  code = 134;
}
process.exitCode = failed ? 134 : code;
