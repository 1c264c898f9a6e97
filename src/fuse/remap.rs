//! Index translation for one input module, the guest's or the adapter's:
//! every index space shifted by what precedes it in the fused module, and
//! functions mapped one by one (an adapter function that was not kept has
//! no index; referring to it is an internal error).

use std::fmt;
use wasm_encoder::reencode::{self, Reencode};

/// Something fusion's plan ruled out, met while writing: a reference to a
/// function that was not kept, a data offset that is not constant in the
/// single layout.
#[derive(Debug)]
pub struct Unplanned(pub String);

impl fmt::Display for Unplanned {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What the hooks of this module return on error.
pub type Error = reencode::Error<Unplanned>;

/// A reencoding error as fusion reports it: an internal error.
pub fn internal(e: Error) -> crate::error::Error {
    crate::error::Error::internal(e)
}

/// Where one input module's indices go in the fused module.
#[derive(Clone, Default)]
pub struct Remap {
    /// The fused index of each function (imported first).
    pub funcs: Vec<Option<u32>>,
    /// The first fused index of each other index space.
    pub types: u32,
    /// Tables.
    pub tables: u32,
    /// Memories.
    pub memories: u32,
    /// Tags.
    pub tags: u32,
    /// Globals.
    pub globals: u32,
    /// Element segments.
    pub elements: u32,
    /// Data segments.
    pub data: u32,
}

impl Remap {
    /// The fused index of function `f`.
    pub fn func(&self, f: u32) -> Result<u32, Error> {
        self.funcs
            .get(f as usize)
            .copied()
            .flatten()
            .ok_or_else(|| {
                reencode::Error::UserError(Unplanned(format!(
                    "reference to function {f} that was not kept"
                )))
            })
    }
}

impl Reencode for Remap {
    type Error = Unplanned;

    fn function_index(&mut self, f: u32) -> Result<u32, Error> {
        self.func(f)
    }
    fn type_index(&mut self, t: u32) -> Result<u32, Error> {
        Ok(t + self.types)
    }
    fn table_index(&mut self, t: u32) -> Result<u32, Error> {
        Ok(t + self.tables)
    }
    fn memory_index(&mut self, m: u32) -> Result<u32, Error> {
        Ok(m + self.memories)
    }
    fn tag_index(&mut self, t: u32) -> Result<u32, Error> {
        Ok(t + self.tags)
    }
    fn global_index(&mut self, g: u32) -> Result<u32, Error> {
        Ok(g + self.globals)
    }
    fn element_index(&mut self, e: u32) -> Result<u32, Error> {
        Ok(e + self.elements)
    }
    fn data_index(&mut self, d: u32) -> Result<u32, Error> {
        Ok(d + self.data)
    }
}

/// Delegates the index hooks of `Reencode` to a field `inner`: a layer
/// that overrides some hooks and keeps the others.
macro_rules! delegate_indices {
    () => {
        fn function_index(&mut self, i: u32) -> Result<u32, reencode::Error<Self::Error>> {
            self.inner.function_index(i)
        }
        fn type_index(&mut self, i: u32) -> Result<u32, reencode::Error<Self::Error>> {
            self.inner.type_index(i)
        }
        fn table_index(&mut self, i: u32) -> Result<u32, reencode::Error<Self::Error>> {
            self.inner.table_index(i)
        }
        fn tag_index(&mut self, i: u32) -> Result<u32, reencode::Error<Self::Error>> {
            self.inner.tag_index(i)
        }
        fn global_index(&mut self, i: u32) -> Result<u32, reencode::Error<Self::Error>> {
            self.inner.global_index(i)
        }
        fn element_index(&mut self, i: u32) -> Result<u32, reencode::Error<Self::Error>> {
            self.inner.element_index(i)
        }
        fn data_index(&mut self, i: u32) -> Result<u32, reencode::Error<Self::Error>> {
            self.inner.data_index(i)
        }
    };
}
pub(crate) use delegate_indices;

/// The multi layout writes guest code with its index map alone.
impl super::rewrite::Code for Remap {}
