//! The `wasi_snapshot_preview1` ABI: every function, with the kind of each
//! parameter, from which the expected core signature of a wasm32 or memory64
//! guest and the adapter's widened signature are derived.

use wasmparser::ValType;

/// The import module name of preview 1.
pub const MODULE: &str = "wasi_snapshot_preview1";

/// The import module name of preview 0, whose functions are preview 1's
/// (less `sock_accept`) with the same core signatures; the adapter exports
/// `wasi_unstable:NAME` variants where a struct layout or enum differs.
pub const MODULE_P0: &str = "wasi_unstable";

/// Whether `module` is a preview 1 or preview 0 import module, or that of
/// wasi-threads' `thread-spawn` (implemented by the adapter alike).
pub fn is_module(module: &str) -> bool {
    module == MODULE || module == MODULE_P0 || module == crate::threads::SPAWN_MODULE
}

/// Whether `module` names a WIT interface (`ns:pkg/name[@version]`) or a
/// world's own functions (`$root`): an import of a guest that carries its
/// own WIT.
pub fn is_wit_module(module: &str) -> bool {
    let module = module.strip_prefix("[export]").unwrap_or(module);
    module == "$root" || (module.contains(':') && module.contains('/'))
}

/// The function `name` of import module `module`, if that preview has it
/// (preview 0 has every preview 1 function but `sock_accept`).
pub fn find_in(module: &str, name: &str) -> Option<&'static Func> {
    match module {
        MODULE => find(name),
        MODULE_P0 if name != "sock_accept" => find(name),
        crate::threads::SPAWN_MODULE if name == crate::threads::SPAWN => Some(&THREAD_SPAWN),
        _ => None,
    }
}

/// wasi-threads' `thread-spawn(start_arg) -> tid` (`tid` negative when no
/// thread can be made); the argument is passed on, never read.
pub const THREAD_SPAWN: Func = Func {
    name: crate::threads::SPAWN,
    params: &[Param::I32],
    returns_errno: true,
};

/// The adapter export that implements import `module::name`.
pub fn adapter_export(module: &str, name: &str, exists: impl Fn(&str) -> bool) -> String {
    let variant = format!("{module}:{name}");
    if module == MODULE_P0 && exists(&variant) {
        variant
    } else {
        name.to_string()
    }
}

/// Kind of one p1 parameter.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Param {
    /// An `i32` value (fd, flags, enum).
    I32,
    /// An `i64` value (timestamp, filesize, rights).
    I64,
    /// A guest pointer or `size`: `i32` for wasm32 guests, `i64` for memory64
    /// guests, always `i64` in the adapter's exports.
    Ptr,
}

/// One p1 function.
#[derive(Debug)]
pub struct Func {
    /// Its import name.
    pub name: &'static str,
    /// Its parameters.
    pub params: &'static [Param],
    /// Whether it returns an errno (`i32`); only `proc_exit` does not.
    pub returns_errno: bool,
}

use Param::{Ptr as P, I32 as I, I64 as L};

macro_rules! funcs {
    ($($name:ident($($p:ident),*) $(-> $r:ident)?;)*) => {
        /// Every p1 function, in the order of the witx definition.
        pub const FUNCS: &[Func] = &[$(Func {
            name: stringify!($name),
            params: &[$($p),*],
            returns_errno: funcs!(@ret $($r)?),
        }),*];
    };
    (@ret errno) => { true };
    (@ret) => { false };
}

funcs! {
    args_get(P, P) -> errno;
    args_sizes_get(P, P) -> errno;
    environ_get(P, P) -> errno;
    environ_sizes_get(P, P) -> errno;
    clock_res_get(I, P) -> errno;
    clock_time_get(I, L, P) -> errno;
    fd_advise(I, L, L, I) -> errno;
    fd_allocate(I, L, L) -> errno;
    fd_close(I) -> errno;
    fd_datasync(I) -> errno;
    fd_fdstat_get(I, P) -> errno;
    fd_fdstat_set_flags(I, I) -> errno;
    fd_fdstat_set_rights(I, L, L) -> errno;
    fd_filestat_get(I, P) -> errno;
    fd_filestat_set_size(I, L) -> errno;
    fd_filestat_set_times(I, L, L, I) -> errno;
    fd_pread(I, P, P, L, P) -> errno;
    fd_prestat_get(I, P) -> errno;
    fd_prestat_dir_name(I, P, P) -> errno;
    fd_pwrite(I, P, P, L, P) -> errno;
    fd_read(I, P, P, P) -> errno;
    fd_readdir(I, P, P, L, P) -> errno;
    fd_renumber(I, I) -> errno;
    fd_seek(I, L, I, P) -> errno;
    fd_sync(I) -> errno;
    fd_tell(I, P) -> errno;
    fd_write(I, P, P, P) -> errno;
    path_create_directory(I, P, P) -> errno;
    path_filestat_get(I, I, P, P, P) -> errno;
    path_filestat_set_times(I, I, P, P, L, L, I) -> errno;
    path_link(I, I, P, P, I, P, P) -> errno;
    path_open(I, I, P, P, I, L, L, I, P) -> errno;
    path_readlink(I, P, P, P, P, P) -> errno;
    path_remove_directory(I, P, P) -> errno;
    path_rename(I, P, P, I, P, P) -> errno;
    path_symlink(P, P, I, P, P) -> errno;
    path_unlink_file(I, P, P) -> errno;
    poll_oneoff(P, P, P, P) -> errno;
    proc_exit(I);
    proc_raise(I) -> errno;
    sched_yield() -> errno;
    random_get(P, P) -> errno;
    sock_accept(I, I, P) -> errno;
    sock_recv(I, P, P, I, P, P) -> errno;
    sock_send(I, P, P, I, P) -> errno;
    sock_shutdown(I, I) -> errno;
}

/// Looks a p1 function up by name.
pub fn find(name: &str) -> Option<&'static Func> {
    FUNCS.iter().find(|f| f.name == name)
}

impl Func {
    /// The core signature a guest with the given pointer width imports.
    pub fn guest_signature(&self, memory64: bool) -> (Vec<ValType>, Vec<ValType>) {
        let ptr = if memory64 { ValType::I64 } else { ValType::I32 };
        self.signature(ptr)
    }

    /// The signature the adapter exports (pointers and sizes as `i64`).
    pub fn adapter_signature(&self) -> (Vec<ValType>, Vec<ValType>) {
        self.signature(ValType::I64)
    }

    fn signature(&self, ptr: ValType) -> (Vec<ValType>, Vec<ValType>) {
        let params = self
            .params
            .iter()
            .map(|p| match p {
                Param::I32 => ValType::I32,
                Param::I64 => ValType::I64,
                Param::Ptr => ptr,
            })
            .collect();
        let results = if self.returns_errno {
            vec![ValType::I32]
        } else {
            vec![]
        };
        (params, results)
    }
}

/// Formats a signature as `(i32 i64) -> i32` for messages.
pub fn format_signature(params: &[ValType], results: &[ValType]) -> String {
    let list = |v: &[ValType]| {
        v.iter()
            .map(|t| t.to_string())
            .collect::<Vec<_>>()
            .join(" ")
    };
    match results {
        [] => format!("({})", list(params)),
        _ => format!("({}) -> {}", list(params), list(results)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::module::Module;

    #[test]
    fn table_has_every_p1_function_once() {
        assert_eq!(FUNCS.len(), 46);
        let mut names: Vec<_> = FUNCS.iter().map(|f| f.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), 46);
    }

    /// The adapter exports every p1 function with the widened signature the
    /// thunks rely on.
    #[test]
    fn adapter_exports_match_the_table() {
        let adapter = Module::parse(crate::ADAPTER_MODULE).unwrap();
        for f in FUNCS {
            let idx = adapter
                .exported_func(f.name)
                .unwrap_or_else(|| panic!("adapter lacks {}", f.name));
            let ty = adapter.func_type(idx).unwrap();
            let (params, results) = f.adapter_signature();
            assert_eq!(ty.params(), params, "{}", f.name);
            assert_eq!(ty.results(), results, "{}", f.name);
        }
    }
}
