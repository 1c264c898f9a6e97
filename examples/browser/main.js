// Runs an adapted preview 1 program (transpiled with jco: ./app/hello.js by
// default, or ?app=URL) with its stdout and stderr shown in the page, then
// adapts examples/hello.wat with the npm package in the page. When both are
// done, <body data-done="true">; the browser test reads the page then.
import { _setStdout, _setStderr } from "@bytecodealliance/preview2-shim/cli";

const params = new URLSearchParams(location.search);
const show = (id, text) => {
  document.getElementById(id).textContent = text;
};

function sink(id) {
  const el = document.getElementById(id);
  const decoder = new TextDecoder();
  return {
    write(bytes) {
      el.textContent += decoder.decode(bytes, { stream: true });
    },
    flush() {},
    blockingFlush() {},
    drop() {},
  };
}
_setStdout(sink("stdout"));
_setStderr(sink("stderr"));

/** FNV-1a (32-bit) of bytes, to compare the page's component with others. */
function fnv1a(bytes) {
  let h = 0x811c9dc5;
  for (const b of bytes) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

// 1. The adapted program.
let status;
try {
  const { run } = await import(params.get("app") ?? "./app/hello.js");
  run.run();
  status = "exit 0";
} catch (e) {
  status = e?.exitError ? `exit ${e.code}` : `trap: ${e}`;
}
show("status", status);

// 2. The composer in the page.
let adapt;
try {
  ({ adapt } = await import("../../npm/index.js"));
  const url = params.get("adapt") ?? "../hello.wat";
  const input = new Uint8Array(await (await fetch(url)).arrayBuffer());
  const r = adapt(input);
  show(
    "adapted",
    `${r.component.length} bytes, fnv1a ${fnv1a(r.component)}, ${r.layout} layout, imports: ${r.imports.join(" ")}`,
  );
} catch (e) {
  show("adapted", `error: ${e.message}`);
}

// A dropped or chosen module: adapted, its imports and a download link.
async function adaptFile(file) {
  const out = document.getElementById("dropped");
  try {
    const r = adapt(new Uint8Array(await file.arrayBuffer()));
    const url = URL.createObjectURL(new Blob([r.component], { type: "application/wasm" }));
    out.textContent = `${file.name}: ${r.kind}, ${r.component.length} bytes\nimports: ${r.imports.join("\n  ")}\n${r.warnings.join("\n")}`;
    const a = document.createElement("a");
    a.href = url;
    a.download = file.name.replace(/\.(wasm|wat)$/, "") + ".component.wasm";
    a.textContent = "\ndownload the component";
    out.append(a);
  } catch (e) {
    out.textContent = `${file.name}: ${e.problems ? e.problems.map((p) => `${p.code}: ${p.message}`).join("\n") : e}`;
  }
}
const drop = document.getElementById("drop");
drop.addEventListener("dragover", (e) => e.preventDefault());
drop.addEventListener("drop", (e) => {
  e.preventDefault();
  if (e.dataTransfer.files[0]) adaptFile(e.dataTransfer.files[0]);
});
document.getElementById("file").addEventListener("change", (e) => {
  if (e.target.files[0]) adaptFile(e.target.files[0]);
});

document.body.dataset.done = "true";
