//! The canonical ABI as fusion needs it: how WIT types flatten to core
//! values, and where the pointers of a value are ([`Shape`]), so that the
//! functions of a guest's WIT that pass memory can have their pointers
//! translated ([`Marshal`], used by `crate::marshal` in the single layout).
//! Covered: scalars, strings, lists, records, tuples, variants, options,
//! results, enums, flags and handles, and aliases of them.

use wasmparser::ValType;
use wit_parser::{Resolve, Type};

/// How a function that passes memory crosses between the component's
/// memory and the guest's addresses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marshal {
    /// Parameters holding pointers: the flat index of the value's first
    /// core parameter, and where its pointers are.
    pub params: Vec<(u32, Shape)>,
    /// Parameters passed in memory (more than 16 flat values): the one
    /// core parameter points to them, laid out as a tuple with pointers
    /// where this says (an empty `Fields` when none: the address moves).
    pub params_area: Option<Shape>,
    /// Where the pointers of a result returned through memory are (an
    /// empty `Fields` when it holds none: the area's address still moves).
    pub result: Option<Shape>,
    /// For an import returning through memory: the core parameter that
    /// points to the area (an export returns the area's address instead).
    pub retptr_param: Option<u32>,
}

/// Where the pointers of a value are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shape {
    /// A string or a list: a pointer and a length (at +0 and +4 in memory,
    /// or two flat values); elements `size` bytes apart, with pointers
    /// where `elem` says.
    Buffer { size: u32, elem: Option<Box<Shape>> },
    /// A record or tuple: its fields that hold pointers, each at a byte
    /// offset (in memory) and a flat index (as parameters).
    Fields(Vec<(u32, u32, Shape)>),
    /// A variant (`option`, `result`): a discriminant of `tag` bytes (in
    /// memory; the first flat value), the payload at byte offset `payload`
    /// (in memory; the flat values after the discriminant); the cases whose
    /// payload holds pointers.
    Cases {
        tag: u32,
        payload: u32,
        cases: Vec<(u32, Shape)>,
    },
}

impl Shape {
    /// Whether the value holds a string or list (the host allocates it).
    pub fn has_buffer(&self) -> bool {
        match self {
            Shape::Buffer { .. } => true,
            Shape::Fields(f) => f.iter().any(|(_, _, s)| s.has_buffer()),
            Shape::Cases { cases, .. } => cases.iter().any(|(_, s)| s.has_buffer()),
        }
    }
}

impl Marshal {
    /// Whether the host allocates the result in the guest's memory.
    pub fn allocates_result(&self) -> bool {
        self.result.as_ref().is_some_and(Shape::has_buffer)
    }
}

/// Most flat parameters before the canonical ABI passes them in memory.
const MAX_FLAT_PARAMS: usize = 16;

/// The core values `t` flattens to, for the types the translation covers
/// (scalars, strings, lists, records, tuples and aliases of them);
/// `false` for the others (variants, option, result, ...).
fn flatten(resolve: &Resolve, t: &Type, out: &mut Vec<ValType>) -> bool {
    use wit_parser::TypeDefKind as K;
    if let Some(v) = flat_in(resolve, t) {
        out.push(v);
        return true;
    }
    match t {
        Type::String => {
            out.extend([ValType::I32, ValType::I32]);
            true
        }
        Type::Id(id) => match &resolve.types[*id].kind {
            // Its elements must be covered too (their pointers are walked).
            K::List(e) => {
                out.extend([ValType::I32, ValType::I32]);
                flatten(resolve, e, &mut Vec::new())
            }
            K::Type(t) => flatten(resolve, t, out),
            K::Record(r) => r.fields.iter().all(|f| flatten(resolve, &f.ty, out)),
            K::Tuple(t) => t.types.iter().all(|t| flatten(resolve, t, out)),
            _ => match cases(resolve, t) {
                // The discriminant, then the cases' payloads joined.
                Some(cases) => {
                    let mut joined: Vec<ValType> = Vec::new();
                    for case in cases.iter().flatten() {
                        let mut flat = Vec::new();
                        if !flatten(resolve, case, &mut flat) {
                            return false;
                        }
                        for (i, v) in flat.into_iter().enumerate() {
                            match joined.get_mut(i) {
                                Some(j) => *j = join(*j, v),
                                None => joined.push(v),
                            }
                        }
                    }
                    out.push(ValType::I32);
                    out.extend(joined);
                    true
                }
                None => false,
            },
        },
        _ => false,
    }
}

/// The canonical ABI's join of two flat types of variant cases.
fn join(a: ValType, b: ValType) -> ValType {
    match (a, b) {
        _ if a == b => a,
        (ValType::I32, ValType::F32) | (ValType::F32, ValType::I32) => ValType::I32,
        _ => ValType::I64,
    }
}

/// The payload types of a variant, option or result (`None`: other types).
fn cases(resolve: &Resolve, t: &Type) -> Option<Vec<Option<Type>>> {
    use wit_parser::TypeDefKind as K;
    let Type::Id(id) = t else {
        return None;
    };
    match &resolve.types[*id].kind {
        K::Variant(v) => Some(v.cases.iter().map(|c| c.ty).collect()),
        K::Option(t) => Some(vec![None, Some(*t)]),
        K::Result(r) => Some(vec![r.ok, r.err]),
        _ => None,
    }
}

/// Where the pointers of `t` are (`None`: it holds none); `t` flattens.
/// The shape of a record or tuple of `types` (`None` when it holds no
/// pointers).
fn fields(resolve: &Resolve, sizes: &wit_parser::SizeAlign, types: Vec<&Type>) -> Option<Shape> {
    let mut out = Vec::new();
    let mut flat = 0u32;
    for (off, ty) in sizes.field_offsets(types) {
        if let Some(s) = shape(resolve, sizes, ty) {
            out.push((off.size_wasm32() as u32, flat, s));
        }
        let mut values = Vec::new();
        flatten(resolve, ty, &mut values);
        flat += values.len() as u32;
    }
    (!out.is_empty()).then_some(Shape::Fields(out))
}

fn shape(resolve: &Resolve, sizes: &wit_parser::SizeAlign, t: &Type) -> Option<Shape> {
    use wit_parser::TypeDefKind as K;
    let fields = |types: Vec<&Type>| fields(resolve, sizes, types);
    match t {
        Type::String => Some(Shape::Buffer {
            size: 1,
            elem: None,
        }),
        Type::Id(id) => match &resolve.types[*id].kind {
            K::List(e) => Some(Shape::Buffer {
                size: sizes.size(e).size_wasm32() as u32,
                elem: shape(resolve, sizes, e).map(Box::new),
            }),
            K::Type(t) => shape(resolve, sizes, t),
            K::Record(r) => fields(r.fields.iter().map(|f| &f.ty).collect()),
            K::Tuple(t) => fields(t.types.iter().collect()),
            _ => {
                let payloads = cases(resolve, t)?;
                let n = payloads.len();
                let (tag, bytes) = match n {
                    0..=256 => (wit_parser::Int::U8, 1),
                    257..=65536 => (wit_parser::Int::U16, 2),
                    _ => (wit_parser::Int::U32, 4),
                };
                let payload = sizes
                    .payload_offset(tag, payloads.iter().map(Option::as_ref))
                    .size_wasm32() as u32;
                let with: Vec<(u32, Shape)> = payloads
                    .iter()
                    .enumerate()
                    .filter_map(|(i, p)| Some((i as u32, shape(resolve, sizes, p.as_ref()?)?)))
                    .collect();
                if with.is_empty() {
                    return None;
                }
                Some(Shape::Cases {
                    tag: bytes,
                    payload,
                    cases: with,
                })
            }
        },
        _ => None,
    }
}

/// The core signature of `f` (exported, or imported when `import`) when
/// it passes only types the translation covers (scalars, strings, lists,
/// records, tuples), and how to translate its pointers (`None` when it
/// passes none).
pub fn signature(
    resolve: &Resolve,
    f: &wit_parser::Function,
    import: bool,
) -> Option<(Vec<ValType>, Vec<ValType>, Option<Marshal>)> {
    let mut sizes = wit_parser::SizeAlign::default();
    sizes.fill(resolve).ok()?;
    let mut params = Vec::new();
    let mut shapes = Vec::new();
    for p in &f.params {
        let at = params.len() as u32;
        if !flatten(resolve, &p.ty, &mut params) {
            return None;
        }
        if let Some(s) = shape(resolve, &sizes, &p.ty) {
            shapes.push((at, s));
        }
    }
    // Too many to pass flat: the canonical ABI passes a pointer to them,
    // laid out as a tuple (allocated by the caller: the host through
    // `cabi_export_realloc` for an export, the guest for an import).
    let mut params_area = None;
    if params.len() > MAX_FLAT_PARAMS {
        params = vec![ValType::I32];
        shapes.clear();
        let types = f.params.iter().map(|p| &p.ty).collect();
        params_area = Some(fields(resolve, &sizes, types).unwrap_or(Shape::Fields(vec![])));
    }
    let mut retptr_param = None;
    let mut result = None;
    let mut results = Vec::new();
    if let Some(t) = &f.result {
        let mut flat = Vec::new();
        if !flatten(resolve, t, &mut flat) {
            return None;
        }
        if flat.len() <= 1 {
            results = flat;
        } else {
            // Returned through memory: an import writes it where its last
            // parameter points; an export returns where it is.
            result = Some(shape(resolve, &sizes, t).unwrap_or(Shape::Fields(vec![])));
            if import {
                retptr_param = Some(params.len() as u32);
                params.push(ValType::I32);
            } else {
                results.push(ValType::I32);
            }
        }
    }
    let marshal =
        (!shapes.is_empty() || params_area.is_some() || result.is_some()).then_some(Marshal {
            params: shapes,
            params_area,
            result,
            retptr_param,
        });
    Some((params, results, marshal))
}

/// The one core value a WIT type flattens to, when it is one: scalars,
/// enums, flags of at most 32 members, resource handles, and aliases of
/// those.
fn flat_in(resolve: &Resolve, t: &Type) -> Option<ValType> {
    use wit_parser::TypeDefKind as K;
    let Type::Id(id) = t else {
        return flat(t);
    };
    match &resolve.types[*id].kind {
        K::Type(t) => flat_in(resolve, t),
        K::Enum(_) | K::Handle(_) => Some(ValType::I32),
        K::Flags(f) if (1..=32).contains(&f.flags.len()) => Some(ValType::I32),
        _ => None,
    }
}

/// The core type a scalar WIT type flattens to.
fn flat(t: &Type) -> Option<ValType> {
    Some(match t {
        Type::Bool
        | Type::U8
        | Type::U16
        | Type::U32
        | Type::S8
        | Type::S16
        | Type::S32
        | Type::Char => ValType::I32,
        Type::U64 | Type::S64 => ValType::I64,
        Type::F32 => ValType::F32,
        Type::F64 => ValType::F64,
        _ => return None,
    })
}
