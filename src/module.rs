//! A parsed core module: its sections as wasmparser readers, and the facts
//! the later steps need (types of functions, index-space sizes).

use wasmparser::{
    CustomSectionReader, Data, Element, Export, FuncToValidate, FuncType, FuncValidator,
    FuncValidatorAllocations, FunctionBody, Global, Import, MemoryType, Parser, Payload, RecGroup,
    Table, TagType, TypeRef, ValidPayload, Validator, ValidatorResources, WasmFeatures,
};

/// A core module, borrowed from its bytes.
#[derive(Default)]
pub struct Module<'a> {
    /// The module's bytes.
    pub bytes: &'a [u8],
    /// Rec groups in order.
    pub rec_groups: Vec<RecGroup>,
    /// The function type of each type index (`None` for GC struct/array types).
    pub types: Vec<Option<FuncType>>,
    /// Imports in order.
    pub imports: Vec<Import<'a>>,
    /// Type index of each function (imported first).
    pub func_types: Vec<u32>,
    /// Number of imported functions, globals, tables, memories and tags.
    pub imported: Counts,
    /// Defined tables.
    pub tables: Vec<Table<'a>>,
    /// All memories (imported first).
    pub memories: Vec<MemoryType>,
    /// Defined tags.
    pub tags: Vec<TagType>,
    /// Defined globals.
    pub globals: Vec<Global<'a>>,
    /// Exports.
    pub exports: Vec<Export<'a>>,
    /// The start function.
    pub start: Option<u32>,
    /// Element segments.
    pub elements: Vec<Element<'a>>,
    /// Whether a data count section was present.
    pub data_count: bool,
    /// Data segments.
    pub data: Vec<Data<'a>>,
    /// Function bodies.
    pub code: Vec<FunctionBody<'a>>,
    /// Where the code section's payload starts in `bytes` (what DWARF's
    /// code addresses count from).
    pub code_payload: u64,
    /// Custom sections in order.
    pub customs: Vec<CustomSectionReader<'a>>,
    /// For a module read with [`Module::checked`], the validation of each
    /// function body, still to do (fusion does it as it rewrites the body:
    /// one decoding of the code for both); empty for a trusted module.
    pub unchecked: Vec<FuncToValidate<ValidatorResources>>,
}

/// Sizes of the imported part of each index space.
#[derive(Default, Clone, Copy, Debug)]
pub struct Counts {
    /// Functions.
    pub funcs: u32,
    /// Globals.
    pub globals: u32,
    /// Tables.
    pub tables: u32,
    /// Memories.
    pub memories: u32,
    /// Tags.
    pub tags: u32,
}

impl<'a> Module<'a> {
    /// Parses a core module (the caller has validated it).
    pub fn parse(bytes: &'a [u8]) -> wasmparser::Result<Self> {
        Self::read(bytes, None)
    }

    /// Parses and validates a core module, with every feature on, in one
    /// pass: everything but the function bodies, whose checks are left in
    /// [`Module::unchecked`]. The error is the one
    /// `wasmparser::Validator::validate_all` would report first.
    pub fn checked(bytes: &'a [u8]) -> wasmparser::Result<Self> {
        Self::read(
            bytes,
            Some(Validator::new_with_features(WasmFeatures::all())),
        )
    }

    fn read(bytes: &'a [u8], mut validator: Option<Validator>) -> wasmparser::Result<Self> {
        let mut m = Module {
            bytes,
            ..Module::default()
        };
        let mut parser = Parser::new(0);
        if let Some(v) = &validator {
            parser.set_features(*v.features());
        }
        for payload in parser.parse_all(bytes) {
            let payload = payload?;
            if let Some(v) = validator.as_mut() {
                if let ValidPayload::Func(f, _) = v.payload(&payload)? {
                    m.unchecked.push(f);
                }
            }
            match payload {
                Payload::TypeSection(s) => {
                    for g in s {
                        let g = g?;
                        for t in g.types() {
                            m.types.push(match &t.composite_type.inner {
                                wasmparser::CompositeInnerType::Func(f) => Some(f.clone()),
                                _ => None,
                            });
                        }
                        m.rec_groups.push(g);
                    }
                }
                Payload::ImportSection(s) => {
                    for i in s.into_imports() {
                        let i = i?;
                        match i.ty {
                            TypeRef::Func(t) | TypeRef::FuncExact(t) => {
                                m.func_types.push(t);
                                m.imported.funcs += 1;
                            }
                            TypeRef::Global(_) => m.imported.globals += 1,
                            TypeRef::Table(_) => m.imported.tables += 1,
                            TypeRef::Memory(t) => {
                                m.memories.push(t);
                                m.imported.memories += 1;
                            }
                            TypeRef::Tag(_) => m.imported.tags += 1,
                        }
                        m.imports.push(i);
                    }
                }
                Payload::FunctionSection(s) => {
                    for f in s {
                        m.func_types.push(f?);
                    }
                }
                Payload::TableSection(s) => {
                    for t in s {
                        m.tables.push(t?);
                    }
                }
                Payload::MemorySection(s) => {
                    for t in s {
                        m.memories.push(t?);
                    }
                }
                Payload::TagSection(s) => {
                    for t in s {
                        m.tags.push(t?);
                    }
                }
                Payload::GlobalSection(s) => {
                    for g in s {
                        m.globals.push(g?);
                    }
                }
                Payload::ExportSection(s) => {
                    for e in s {
                        m.exports.push(e?);
                    }
                }
                Payload::StartSection { func, .. } => m.start = Some(func),
                Payload::ElementSection(s) => {
                    for e in s {
                        m.elements.push(e?);
                    }
                }
                Payload::DataCountSection { .. } => m.data_count = true,
                Payload::DataSection(s) => {
                    for d in s {
                        m.data.push(d?);
                    }
                }
                Payload::CodeSectionStart {
                    unchecked_range, ..
                } => m.code_payload = unchecked_range.start,
                Payload::CodeSectionEntry(body) => m.code.push(body),
                Payload::CustomSection(c) => m.customs.push(c),
                _ => {}
            }
        }
        Ok(m)
    }

    /// The validation of defined function `i`'s body, when its checks were
    /// left to the caller ([`Module::checked`]).
    fn to_validate(&self, i: usize) -> Option<FuncToValidate<ValidatorResources>> {
        let f = self.unchecked.get(i)?;
        Some(FuncToValidate {
            resources: f.resources.clone(),
            index: f.index,
            ty: f.ty,
            features: f.features,
        })
    }

    /// The validator of defined function `i`'s body, when its checks were
    /// left to the caller; `allocs` are reused.
    pub fn validator(
        &self,
        i: usize,
        allocs: FuncValidatorAllocations,
    ) -> Option<FuncValidator<ValidatorResources>> {
        Some(self.to_validate(i)?.into_validator(allocs))
    }

    /// Validates the bodies whose checks were left to the caller, on every
    /// core: the first error in order.
    pub fn check_bodies(&self) -> wasmparser::Result<()> {
        let bodies = (0..self.unchecked.len())
            .filter_map(|i| Some((self.to_validate(i)?, self.code.get(i)?.clone())))
            .collect();
        crate::validate::bodies(bodies)
    }

    /// The function type of function `f`.
    pub fn func_type(&self, f: u32) -> Option<&FuncType> {
        let t = *self.func_types.get(f as usize)?;
        self.types.get(t as usize)?.as_ref()
    }

    /// The exported function named `name`.
    pub fn exported_func(&self, name: &str) -> Option<u32> {
        self.exports
            .iter()
            .find(|e| e.name == name && e.kind == wasmparser::ExternalKind::Func)
            .map(|e| e.index)
    }
}
