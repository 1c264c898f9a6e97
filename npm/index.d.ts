// Types of p1-adapt's JavaScript API (index.js).

/** What a module is adapted as; detected unless given. */
export type Kind = "command" | "reactor" | "proxy";
/** Where the adapter's memory lives. */
export type Layout = "auto" | "single" | "multi";
/** How a wasi-threads guest's threads run. */
export type Threads = "auto" | "cooperative" | "none";

/** The options of the CLI and of the Rust `Adapter`. */
export interface AdaptOptions {
  kind?: Kind;
  /** A preset (`wasi:cli/command@0.2.12`, ...) or `PATH:WORLD`. */
  target?: string;
  /** The world of `target` when it is a bare WIT path. */
  targetWorld?: string;
  /** `0.2.12` (the default), `0.2.0`, or `0.3.0` (commands; README: WASI 0.3 hosts). */
  wasiVersion?: string;
  /** `auto` (the default: single) | `single` | `multi`. */
  layout?: Layout;
  /** The single layout's region: `"1M"` (the default), `"256K"` to `"16M"`, or bytes. */
  region?: string | number;
  threads?: Threads;
  /** Loop iterations between a cooperative thread's yields, or `"off"`. */
  preempt?: number | "off";
  /** Drop the guest's DWARF instead of keeping it. */
  stripDebug?: boolean;
  /** Types a reactor's exports with a world of a WIT file or directory. */
  wit?: { path: string; world: string };
}

/** A p1 function answering ENOSYS because the target lacks what it needs. */
export interface Trimmed {
  function: string;
  needs: string[];
}

export interface Adaptation {
  /** The component's bytes. */
  component: Uint8Array;
  /** The interfaces it imports, e.g. `wasi:cli/stdout@0.2.12`. */
  imports: string[];
  warnings: string[];
  trimmed: Trimmed[];
  /** The layout used: `single` or `multi`. */
  layout: Layout;
  kind: Kind;
}

/** Why an input was refused: a stable code and the CLI's message. */
export interface Problem {
  /** e.g. `not-wasm`, `wrong-signature`, `usage` (a bad option), `internal` (a bug). */
  code: string;
  message: string;
}

/** Thrown by `adapt` and `verify`: every problem found. */
export class AdaptError extends Error {
  readonly problems: Problem[];
}

export interface VerifyOptions {
  /** A preset, `PATH:WORLD`, or `none` (the default: only lists). */
  target?: string;
  /** The world of `target` when it is a bare WIT path. */
  targetWorld?: string;
}

export type Severity = "error" | "warning" | "info";

export interface Finding {
  /** The stable code, e.g. `V001`. */
  code: string;
  /** Its name, e.g. `missing-interface`. */
  name: string;
  severity: Severity;
  subject: string;
  message: string;
  fix: string;
}

export interface ImportedFunction {
  name: string;
  /** Call chains that reach it, most specific first. */
  reachedFrom: string[][];
}

/** `p1-adapt verify`'s report. */
export interface Report {
  target: string;
  fits: boolean;
  imports: ImportedFunction[];
  exports: string[];
  findings: Finding[];
  /** The CLI's text report. */
  text: string;
  /** The CLI's `--json` report. */
  json: string;
}

export function adapt(bytes: Uint8Array | ArrayBuffer | ArrayBufferView, options?: AdaptOptions): Adaptation;
export function verify(bytes: Uint8Array | ArrayBuffer | ArrayBufferView, options?: VerifyOptions): Report;
