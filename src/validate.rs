//! Validation of the finished component (step 8) and of the input's bodies
//! when a step before fusion rejects it (fusion validates them otherwise,
//! [`crate::module::Module::checked`]): function bodies checked on every
//! core of the machine ([`crate::parallel`]).
//!
//! The same checks as `wasmparser::Validator::validate_all`, which also
//! checks the module's structure first and the bodies after, in order: the
//! error reported is the one it would report.

use wasmparser::{
    BinaryReaderError, FuncToValidate, FuncValidatorAllocations, FunctionBody, Parser,
    ValidPayload, Validator, ValidatorResources, WasmFeatures,
};

pub type Body<'a> = (FuncToValidate<ValidatorResources>, FunctionBody<'a>);

/// Validates `bytes`, a core module or a component, with every feature on.
pub fn validate(bytes: &[u8]) -> Result<(), BinaryReaderError> {
    let mut validator = Validator::new_with_features(WasmFeatures::all());
    let mut parser = Parser::new(0);
    parser.set_features(*validator.features());
    let mut bodies = Vec::new();
    for payload in parser.parse_all(bytes) {
        if let ValidPayload::Func(f, body) = validator.payload(&payload?)? {
            bodies.push((f, body));
        }
    }
    self::bodies(bodies)
}

/// Validates `bodies` on every core: the first error in order.
pub fn bodies(bodies: Vec<Body<'_>>) -> Result<(), BinaryReaderError> {
    crate::parallel::runs(bodies, |b| b.1.as_bytes().len(), check).map(drop)
}

/// Checks `bodies` in order, stopping at the first error.
fn check(bodies: Vec<Body<'_>>) -> Result<(), BinaryReaderError> {
    let mut allocs = FuncValidatorAllocations::default();
    for (f, body) in bodies {
        let mut v = f.into_validator(allocs);
        v.validate(&body)?;
        allocs = v.into_allocations();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    /// A module of `n` functions, body `bad` (if any) returning an i64 where
    /// an i32 is due; each body about 4 KB.
    fn module(n: u32, bad: &[u32]) -> Vec<u8> {
        module_with(n, bad, "")
    }

    /// [`module`] with `head` first (imports).
    fn module_with(n: u32, bad: &[u32], head: &str) -> Vec<u8> {
        let mut wat = format!("(module {head}\n");
        for i in 0..n {
            let ty = if bad.contains(&i) { "i64" } else { "i32" };
            wat += &format!("(func (result i32) ({ty}.const {i})");
            wat += &" (drop (i32.add (i32.const 1000000) (i32.const 2000000)))".repeat(400);
            wat += ")\n";
        }
        wat += ")";
        wat::parse_str(&wat).unwrap()
    }

    /// An input's bodies are validated by fusion as it rewrites them (or,
    /// when an earlier step rejects the module, before it reports that): it
    /// reports what `validate_all` reports first, in both layouts.
    #[test]
    fn adapting_reports_what_validate_all_reports() {
        // A p1 command (or, with `param`, one whose `_start` check fails)
        // with 300 functions after `_start`, some bad.
        let p1 = |bad: &[u32], param: &str| {
            let head = format!(
                "(import \"wasi_snapshot_preview1\" \"proc_exit\" (func (param i32))) \
                 (memory (export \"memory\") 1) (func (export \"_start\") {param})"
            );
            module_with(300, bad, &head)
        };
        // A wasi-threads command (its imported memory is made its own
        // before fusion: the offsets must still be the input's).
        let threads = |bad: &[u32], _: &str| {
            let head = "(import \"wasi\" \"thread-spawn\" (func (param i32) (result i32))) \
                        (import \"env\" \"memory\" (memory 1 1 shared)) \
                        (export \"memory\" (memory 0)) \
                        (func (export \"wasi_thread_start\") (param i32 i32)) \
                        (func (export \"_start\"))";
            module_with(300, bad, head)
        };
        for layout in [crate::Layout::Single, crate::Layout::Multi] {
            for (bad, param, make) in [
                (&[7, 290][..], "", &p1 as &dyn Fn(&[u32], &str) -> Vec<u8>),
                (&[290], "", &p1),
                (&[1], "(param i32)", &p1),
                (&[5], "", &threads),
            ] {
                let m = make(bad, param);
                let theirs =
                    wasmparser::Validator::new_with_features(wasmparser::WasmFeatures::all())
                        .validate_all(&m)
                        .map(drop)
                        .map_err(|e| crate::input::invalid(&e));
                let ours = crate::Adapter::new().layout(layout).adapt(&m);
                match (ours, theirs) {
                    (Err(crate::Error::Rejected(p)), Err(t)) => assert_eq!(p, vec![t]),
                    (ours, theirs) => panic!("{:?} / {theirs:?}", ours.err()),
                }
            }
        }
    }

    #[test]
    fn reports_what_validate_all_reports() {
        let one = |m: &[u8]| {
            let ours = super::validate(m).map_err(|e| e.to_string());
            let theirs = wasmparser::Validator::new_with_features(wasmparser::WasmFeatures::all())
                .validate_all(m)
                .map(drop)
                .map_err(|e| e.to_string());
            assert_eq!(ours, theirs);
            ours
        };
        // Over the parallel threshold: the first bad body in order, whichever
        // run it falls in.
        assert!(one(&module(300, &[])).is_ok());
        assert!(one(&module(300, &[7, 290])).is_err());
        assert!(one(&module(300, &[290])).is_err());
        assert!(one(&module(3, &[1])).is_err());
        // Truncated: a structural error.
        let m = module(300, &[]);
        assert!(one(&m[..m.len() / 2]).is_err());
    }
}
