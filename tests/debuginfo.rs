//! The guest's debug info survives fusion: its DWARF is rewritten through
//! the map of where fusion moved its code, so a trap's backtrace names the
//! same source lines as the native run, in both layouts; `--strip-debug`
//! drops it on purpose.

mod harness;

use harness::{Config, Run, Status};

/// The `file:line:column` of each frame of a trap's backtrace (wasmtime
/// with backtrace details), in order.
fn source_lines(run: &Run) -> Vec<String> {
    let Status::Trap(message) = &run.status else {
        panic!("no trap: {run:?}");
    };
    message
        .lines()
        .filter_map(|l| l.trim().strip_prefix("at "))
        .map(str::to_string)
        .collect()
}

/// `guest` adapted in `layout`, with no warning (nothing dropped).
fn adapt(guest: &[u8], layout: p1_adapt::Layout) -> p1_adapt::Adaptation {
    let adapted = p1_adapt::Adapter::new()
        .layout(layout)
        .adapt(guest)
        .unwrap();
    assert!(adapted.warnings.is_empty(), "{:?}", adapted.warnings);
    adapted
}

/// wasmtime reads `WASMTIME_BACKTRACE_DETAILS` when an engine is made:
/// this test binary's engines all show source lines.
fn details() {
    // SAFETY: set before any engine exists, the same value by every test.
    std::env::set_var("WASMTIME_BACKTRACE_DETAILS", "1");
}

#[test]
fn backtraces_name_the_same_source_lines_as_natively() {
    details();
    let guest = harness::debug_guest("trap");
    let native = harness::run_native(&guest, &Config::default());
    assert_eq!(native.stdout_str(), "summing 8 values\n");
    let lines = source_lines(&native);
    assert!(
        lines.iter().any(|l| l.contains("src/bin/trap.rs:")),
        "native backtrace without the guest's lines: {native:?}"
    );
    for layout in [p1_adapt::Layout::Single, p1_adapt::Layout::Multi] {
        let adapted = adapt(&guest, layout);
        let run = harness::run_component(&adapted.component, &Config::default());
        assert_eq!(run.stdout_str(), native.stdout_str());
        assert_eq!(source_lines(&run), lines, "{layout:?}: {run:?}");
    }
}

#[test]
fn strip_debug_drops_the_debug_info_without_a_warning() {
    details();
    let guest = harness::debug_guest("trap");
    let kept = p1_adapt::Adapter::new().adapt(&guest).unwrap();
    let stripped = p1_adapt::Adapter::new()
        .strip_debug(true)
        .adapt(&guest)
        .unwrap();
    assert!(stripped.warnings.is_empty(), "{:?}", stripped.warnings);
    assert!(stripped.component.len() < kept.component.len() / 2);
    let run = harness::run_component(&stripped.component, &Config::default());
    assert_eq!(source_lines(&run), Vec::<String>::new(), "{run:?}");
}

/// The rows of every line program of `module` that describe code (the
/// sequences of code the linker removed, at tombstone addresses, left
/// out): file, line, column, in order.
fn line_rows(module: &[u8]) -> Vec<(String, u64, u64)> {
    use gimli::{EndianSlice, LittleEndian};
    let mut sections = std::collections::HashMap::new();
    for payload in wasmparser::Parser::new(0).parse_all(module) {
        if let Ok(wasmparser::Payload::CustomSection(c)) = payload {
            sections.insert(c.name().to_string(), c.data().to_vec());
        }
    }
    let dwarf = gimli::read::Dwarf::load(|id| {
        let data = sections.get(id.name()).map_or(&[][..], |d| &d[..]);
        Ok::<_, gimli::Error>(EndianSlice::new(data, LittleEndian))
    })
    .unwrap();
    let mut out = Vec::new();
    let mut headers = dwarf.units();
    while let Some(header) = headers.next().unwrap() {
        let unit = dwarf.unit(header).unwrap();
        let Some(program) = unit.line_program.clone() else {
            continue;
        };
        let mut rows = program.rows();
        while let Some((header, row)) = rows.next_row().unwrap() {
            if row.address() >= 0xffff_fff0 || row.end_sequence() {
                continue;
            }
            let file = row
                .file(header)
                .map(|f| {
                    let name = dwarf.attr_string(&unit, f.path_name()).unwrap();
                    name.to_string_lossy().into_owned()
                })
                .unwrap_or_default();
            let column = match row.column() {
                gimli::ColumnType::LeftEdge => 0,
                gimli::ColumnType::Column(c) => c.get(),
            };
            out.push((file, row.line().map_or(0, |l| l.get()), column));
        }
    }
    out
}

/// Every row of the guest's line programs is in the fused module's, in
/// the same order, with the same file, line and column (the backtrace
/// test checks their addresses where the program traps).
#[test]
fn line_tables_keep_every_row() {
    let guest = harness::debug_guest("trap");
    let original = line_rows(&guest);
    assert!(original.len() > 1000, "{} rows", original.len());
    for layout in [p1_adapt::Layout::Single, p1_adapt::Layout::Multi] {
        let adapted = adapt(&guest, layout);
        let fused = line_rows(harness::fused_module(&adapted.component));
        assert_eq!(fused.len(), original.len(), "{layout:?}");
        assert!(fused == original, "{layout:?}: the rows differ");
    }
}

/// `llvm-dwarfdump-14 --verify` on a module: whether it reports no errors.
fn dwarf_verifies(module: &[u8]) -> Result<(), String> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("module.wasm");
    std::fs::write(&path, module).unwrap();
    let out = std::process::Command::new("llvm-dwarfdump-14")
        .arg("--verify")
        .arg(&path)
        .output()
        .expect("run llvm-dwarfdump-14 (tests/apt.sh installs llvm)");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    match out.status.success() && text.contains("No errors.") {
        true => Ok(()),
        false => Err(text),
    }
}

/// A C program (clang 14, wasi-libc), with DWARF 4, with DWARF 5 (range
/// lists of a base and offsets), and with `.debug_aranges` (made anew): the same backtrace lines as
/// natively, every line-table row kept, and DWARF that llvm-dwarfdump
/// verifies as it verifies the original, in both layouts.
#[test]
fn c_debug_info_survives_as_natively() {
    details();
    let source = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/debuginfo/c/trap.c");
    let builds: [(&str, &[&str]); 3] = [
        ("trap4", &["-O1", "-gdwarf-4"]),
        ("trap5", &["-O1", "-gdwarf-5"]),
        ("trap4a", &["-O1", "-gdwarf-4", "-gdwarf-aranges"]),
    ];
    for (name, flags) in builds {
        let guest = harness::c_debug_module(&source, name, flags);
        c_guest_survives(&guest);
    }
}

/// The checks of [`c_debug_info_survives_as_natively`] on one build.
fn c_guest_survives(guest: &[u8]) {
    let guest = guest.to_vec();
    dwarf_verifies(&guest).expect("the original verifies");
    let native = harness::run_native(&guest, &Config::default());
    assert_eq!(native.stdout_str(), "summing 8 values\n");
    let lines = source_lines(&native);
    assert!(
        lines.iter().any(|l| l.ends_with("trap.c:10:5")),
        "{lines:?}"
    );
    let rows = line_rows(&guest);
    for layout in [p1_adapt::Layout::Single, p1_adapt::Layout::Multi] {
        let adapted = adapt(&guest, layout);
        let fused = harness::fused_module(&adapted.component);
        dwarf_verifies(fused).unwrap_or_else(|e| panic!("{layout:?}: {e}"));
        assert!(line_rows(fused) == rows, "{layout:?}: the rows differ");
        let run = harness::run_component(&adapted.component, &Config::default());
        assert_eq!(source_lines(&run), lines, "{layout:?}: {run:?}");
    }
}

/// The Rust guest's fused DWARF verifies too (its range lists of removed
/// code, offsets from a tombstone base, stay as they were).
#[test]
fn rust_debug_info_verifies() {
    let guest = harness::debug_guest("trap");
    dwarf_verifies(&guest).expect("the original verifies");
    for layout in [p1_adapt::Layout::Single, p1_adapt::Layout::Multi] {
        let adapted = adapt(&guest, layout);
        dwarf_verifies(harness::fused_module(&adapted.component))
            .unwrap_or_else(|e| panic!("{layout:?}: {e}"));
    }
}

/// Branch hints (`metadata.code.branch_hint`) move with the code: each
/// hint names the same function and points at its `br_if` or `if`, with
/// the same value, in both layouts.
#[test]
fn branch_hints_move_with_the_code() {
    let wat = r#"(module
        (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
        (memory (export "memory") 1)
        (func $work (param i32) (result i32)
            (call $exit (i32.load (local.get 0)))
            (block $out
                (@metadata.code.branch_hint "\01")
                (br_if $out (i32.load offset=4 (local.get 0)))
                (call $exit (i32.const 2)))
            (@metadata.code.branch_hint "\00")
            (if (result i32) (local.get 0) (then (i32.const 1)) (else (i32.const 0))))
        (func (export "_start") (drop (call $work (i32.const 0)))))"#;
    let guest = wat::parse_str(wat).unwrap();
    // Each hint: the instruction it points at (its name) and its value.
    let hints = |module: &[u8]| -> Vec<(String, bool)> {
        let mut bodies = Vec::new();
        let mut found = Vec::new();
        for payload in wasmparser::Parser::new(0).parse_all(module).flatten() {
            match payload {
                wasmparser::Payload::CodeSectionEntry(b) => bodies.push(b),
                wasmparser::Payload::CustomSection(c)
                    if c.name() == "metadata.code.branch_hint" =>
                {
                    let data = wasmparser::BinaryReader::new(c.data(), 0);
                    for f in wasmparser::BranchHintSectionReader::new(data).unwrap() {
                        let f = f.unwrap();
                        for h in f.hints {
                            let h = h.unwrap();
                            found.push((f.func, h.func_offset, h.taken));
                        }
                    }
                }
                _ => {}
            }
        }
        let imported = module_func(module, 0);
        found
            .into_iter()
            .map(|(func, at, taken)| {
                let body = &bodies[(func - imported) as usize];
                let at = body.range().start as usize + at as usize;
                let reader = wasmparser::BinaryReader::new(&module[at..], 0);
                let op = wasmparser::OperatorsReader::new(reader).read().unwrap();
                let name = format!("{op:?}");
                (name.split([' ', '{']).next().unwrap().to_string(), taken)
            })
            .collect()
    };
    let original = hints(&guest);
    assert_eq!(
        original,
        [("BrIf".to_string(), true), ("If".to_string(), false)]
    );
    for layout in [p1_adapt::Layout::Single, p1_adapt::Layout::Multi] {
        let adapted = adapt(&guest, layout);
        let fused = hints(harness::fused_module(&adapted.component));
        assert_eq!(fused, original, "{layout:?}");
    }
}

/// Function `i` of the code section of `module` as a function index
/// (after the imported functions).
fn module_func(module: &[u8], i: usize) -> u32 {
    let mut imported = 0;
    for payload in wasmparser::Parser::new(0).parse_all(module).flatten() {
        if let wasmparser::Payload::ImportSection(s) = payload {
            for imp in s.into_imports().flatten() {
                if matches!(imp.ty, wasmparser::TypeRef::Func(_)) {
                    imported += 1;
                }
            }
        }
    }
    imported + i as u32
}

/// A source map is an external file: its section is kept, with a warning
/// that the offsets it gives moved.
#[test]
fn a_source_map_is_kept_with_a_warning() {
    let wat = r#"(module
        (@custom "sourceMappingURL" "\0aapp.wasm.map")
        (memory (export "memory") 1)
        (func (export "_start")))"#;
    let adapted = p1_adapt::adapt(wat.as_bytes()).unwrap();
    assert_eq!(adapted.warnings.len(), 1, "{:?}", adapted.warnings);
    assert!(
        adapted.warnings[0].starts_with("kept custom section `sourceMappingURL`"),
        "{:?}",
        adapted.warnings
    );
    let fused = harness::fused_module(&adapted.component);
    let kept = wasmparser::Parser::new(0).parse_all(fused).flatten().any(
        |p| matches!(p, wasmparser::Payload::CustomSection(c) if c.name() == "sourceMappingURL"),
    );
    assert!(kept);
}

/// A C program of 40,000 functions at -O0 (26 MB, 7 MB of it DWARF: 1.3
/// million line rows): the DWARF is rewritten whole, every line row kept,
/// and llvm-dwarfdump verifies it.
#[test]
fn large_debug_info_is_rewritten_whole() {
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("large.c");
    std::fs::write(&source, large_c(40_000)).unwrap();
    let guest = harness::c_debug_module(&source, "large", &["-O0"]);
    assert!(guest.len() > 20 << 20, "{} bytes", guest.len());
    let adapted = adapt(&guest, p1_adapt::Layout::Single);
    let fused = harness::fused_module(&adapted.component);
    assert!(line_rows(fused) == line_rows(&guest), "the rows differ");
    dwarf_verifies(fused).unwrap();
    let run = harness::run_component(&adapted.component, &Config::default());
    assert_eq!(
        run.stdout_str(),
        harness::run_native(&guest, &Config::default()).stdout_str()
    );
}

/// C source of `n` small functions called through a table.
fn large_c(n: usize) -> String {
    let mut c = String::from("#include <stdio.h>\nstruct point { int x; int y; double w; };\n");
    for i in 0..n {
        c.push_str(&format!(
            "int f{i}(struct point *p, int k) {{\n  int acc = k;\n  for (int j = 0; j < (k & 7); j++) {{\n    acc += p->x * {} - p->y;\n    if (acc > {}) acc -= p->y;\n  }}\n  p->w += acc * 0.5;\n  return acc ^ {i};\n}}\n",
            i % 13 + 1,
            i * 3 + 100
        ));
    }
    let table: Vec<String> = (0..n).map(|i| format!("f{i}")).collect();
    c.push_str(&format!(
        "int (*table[])(struct point *, int) = {{{}}};\nint main(int argc, char **argv) {{\n  struct point p = {{1, 2, 0.0}};\n  int s = 0;\n  for (int i = 0; i < {n}; i++) s += table[i](&p, i + argc);\n  printf(\"sum %d\\n\", s);\n  return 0;\n}}\n",
        table.join(",")
    ));
    c
}
