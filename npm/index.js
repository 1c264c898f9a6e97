// p1-adapt for JavaScript: the composer component (dist/, transpiled with
// jco) behind a small API. Errors are the CLI's problems, thrown as an
// AdaptError; nothing is written anywhere (the component's bytes are
// returned).
import { compose } from "./dist/composer.js";

/** Why an input was refused: `problems` are the CLI's, one per line there. */
export class AdaptError extends Error {
  constructor(problems) {
    super(problems.map((p) => p.message).join("; "));
    this.name = "AdaptError";
    /** @type {{code: string, message: string}[]} */
    this.problems = problems;
  }
}

const OPTIONS = [
  "kind",
  "target",
  "targetWorld",
  "wasiVersion",
  "layout",
  "region",
  "threads",
  "preempt",
  "stripDebug",
  "wit",
];

const usage = (message) => new AdaptError([{ code: "usage", message }]);

function bytesOf(input, what) {
  if (input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  if (ArrayBuffer.isView(input)) {
    return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  }
  throw usage(`${what}: expected a Uint8Array, ArrayBuffer or typed array`);
}

function optionsOf(options) {
  if (options === undefined || options === null) options = {};
  if (typeof options !== "object") throw usage("options: expected an object");
  for (const key of Object.keys(options)) {
    if (!OPTIONS.includes(key)) {
      throw usage(`unknown option \`${key}\` (options: ${OPTIONS.join(", ")})`);
    }
  }
  let preempt;
  if (options.preempt === "off") preempt = { tag: "off" };
  else if (options.preempt !== undefined) {
    const n = options.preempt;
    if (!Number.isInteger(n) || n < 1 || n > 0xffffffff) {
      throw usage("preempt: a number of loop iterations (1 or more) or \"off\"");
    }
    preempt = { tag: "every", val: n };
  }
  let wit;
  if (options.wit !== undefined) {
    const { path, world } = options.wit;
    if (typeof path !== "string" || typeof world !== "string") {
      throw usage("wit: expected { path: string, world: string }");
    }
    wit = { path, world };
  }
  return {
    kind: options.kind,
    target: options.target,
    targetWorld: options.targetWorld,
    wasiVersion: options.wasiVersion,
    layout: options.layout,
    region: options.region === undefined ? undefined : String(options.region),
    threads: options.threads,
    preempt,
    stripDebug: Boolean(options.stripDebug),
    wit,
  };
}

// A call into the component: its `err` as an AdaptError, a bad argument
// (a wrong enum string, say) as a usage problem, a trap as an internal one.
function call(f) {
  try {
    return f();
  } catch (e) {
    if (e && Array.isArray(e.payload)) throw new AdaptError(e.payload);
    if (e instanceof AdaptError) throw e;
    if (e instanceof TypeError || e instanceof RangeError) throw usage(e.message);
    throw new AdaptError([
      { code: "internal", message: `internal error (please report): ${e}` },
    ]);
  }
}

/**
 * Adapts a WASI preview 1 core module (binary or text) into a component.
 * @param {Uint8Array} bytes
 * @param {import("./index.d.ts").AdaptOptions} [options]
 * @returns {import("./index.d.ts").Adaptation}
 */
export function adapt(bytes, options) {
  const module = bytesOf(bytes, "adapt");
  const o = optionsOf(options);
  const r = call(() => compose.adapt(module, o));
  return {
    component: r.component,
    imports: r.imports,
    warnings: r.warnings,
    trimmed: r.trimmed,
    layout: r.layout,
    kind: r.kind,
  };
}

/**
 * Checks a component (or a core module, adapted first) against a target
 * world: a preset (`wasi:cli/command@0.2.12`, ...), `PATH:WORLD`, or `none`.
 * @param {Uint8Array} bytes
 * @param {import("./index.d.ts").VerifyOptions} [options]
 * @returns {import("./index.d.ts").Report}
 */
export function verify(bytes, options) {
  const component = bytesOf(bytes, "verify");
  const { target, targetWorld, ...rest } = options ?? {};
  const unknown = Object.keys(rest);
  if (unknown.length) throw usage(`unknown option \`${unknown[0]}\` (options: target, targetWorld)`);
  return call(() => compose.verify(component, target, targetWorld));
}
