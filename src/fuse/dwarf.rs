//! The guest's debug info through fusion. DWARF for wasm addresses code by
//! its offset in the code section's payload; fusion moves every guest body
//! (the section starts with a larger count, bodies may grow: a call's
//! index, a single-layout access's offset, a padded immediate written
//! minimal), so [`AddressMap`] records where each piece went
//! ([`super::rewrite::body`]'s moves) and [`rewrite`] converts the DWARF
//! sections with it (`gimli`: read, convert every address, write).
//!
//! The adapter and the generated functions have no DWARF: backtraces name
//! them from the name section only.

use crate::module::Module;
use gimli::write::{Address, AttributeValue, EndianVec, Sections, UnitEntryId};
use gimli::{EndianSlice, LittleEndian, SectionId};

/// Where the guest's code bytes went: `(old, new)` offsets in the code
/// section's payload, sorted, each valid up to the next `old`.
#[derive(Default)]
pub struct AddressMap {
    moves: Vec<(u64, u64)>,
    /// Each guest body's start, old and new.
    bodies: Vec<(u64, u64)>,
    /// The end of the guest's last body (old offsets): addresses past it
    /// (DWARF's tombstones of removed code) are left as they are.
    end: u64,
}

impl AddressMap {
    /// The map of the guest's `bodies` (their old payload offsets: the
    /// start of the size prefix and of the body, and the body's length)
    /// written as `new` bodies (their lengths and `moves`) at the start of
    /// a code section of `count` functions.
    pub fn new(old: &[(u64, u64, u64)], new: &[(u64, &[(u32, u32)])], count: u32) -> Self {
        let mut moves = Vec::new();
        let mut at = leb_len(u64::from(count));
        let mut end = 0;
        let mut bodies = Vec::new();
        for ((entry, body, len), (new_len, body_moves)) in old.iter().zip(new) {
            let body_at = at + leb_len(*new_len);
            bodies.push((*body, body_at));
            moves.push((*entry, at));
            moves.extend(
                body_moves
                    .iter()
                    .map(|(o, n)| (body + u64::from(*o), body_at + u64::from(*n))),
            );
            at = body_at + new_len;
            end = body + len;
        }
        moves.sort_by_key(|(o, _)| *o);
        AddressMap { moves, bodies, end }
    }

    /// Where offset `at` of guest body `i` (from its first byte, the
    /// locals) is now, from the body's new start.
    pub fn in_body(&self, i: usize, at: u64) -> Option<u64> {
        let (old, new) = *self.bodies.get(i)?;
        self.map(old + at)?.checked_sub(new)
    }

    /// Where old code offset `a` is now (`None`: not guest code).
    pub fn map(&self, a: u64) -> Option<u64> {
        if a > self.end {
            return None;
        }
        let i = self.moves.partition_point(|(o, _)| *o <= a);
        let (o, n) = *self.moves.get(i.checked_sub(1)?)?;
        Some(n + (a - o))
    }
}

/// Bytes of the LEB128 encoding of `v`.
fn leb_len(v: u64) -> u64 {
    u64::from((64 - v.leading_zeros()).max(1).div_ceil(7))
}

/// The DWARF sections gimli writes back (the others index or describe
/// what fusion rewrote: dropped with a warning).
fn rewritten(name: &str) -> bool {
    matches!(
        name,
        ".debug_abbrev"
            | ".debug_addr"
            | ".debug_info"
            | ".debug_line"
            | ".debug_line_str"
            | ".debug_loc"
            | ".debug_loclists"
            | ".debug_ranges"
            | ".debug_rnglists"
            | ".debug_str"
            | ".debug_str_offsets"
    )
}

/// Custom sections by name.
pub type DebugSections = Vec<(String, Vec<u8>)>;

/// The guest's DWARF sections converted through `map`: the new sections,
/// and a warning for each DWARF section that is dropped.
pub fn rewrite(
    guest: &Module<'_>,
    map: &AddressMap,
) -> Result<(DebugSections, Vec<String>), String> {
    let section = |name: &str| {
        guest
            .customs
            .iter()
            .find(|c| c.name() == name)
            .map_or(&[][..], |c| c.data())
    };
    let read = gimli::read::Dwarf::load(|id: SectionId| {
        Ok::<_, gimli::Error>(EndianSlice::new(section(id.name()), LittleEndian))
    })
    .map_err(|e| format!("reading it: {e}"))?;
    let mut dwarf = convert(&read, map).map_err(|e| format!("converting it: {e}"))?;
    fix_lengths(&mut dwarf, map);
    let mut sections = Sections::new(EndianVec::new(LittleEndian));
    dwarf
        .write(&mut sections)
        .map_err(|e| format!("writing it: {e}"))?;
    let mut out = Vec::new();
    sections
        .for_each(|id, data| {
            if !data.slice().is_empty() {
                out.push((id.name().to_string(), data.slice().to_vec()));
            }
            Ok::<(), gimli::write::Error>(())
        })
        .map_err(|e| format!("writing it: {e}"))?;
    let warnings = guest
        .customs
        .iter()
        .map(|c| c.name())
        .filter(|n| n.starts_with(".debug_") && !rewritten(n))
        .map(|n| format!("dropped custom section `{n}`: it indexes debug info that fusion rewrote"))
        .collect();
    Ok((out, warnings))
}

/// `read` converted, every code address moved through `map`: as
/// `gimli::write::Dwarf::from`, except that each row of a line program
/// moves on its own (gimli's conversion moves only a sequence's start and
/// keeps the rows' distances from it, which fusion changes).
fn convert(
    read: &gimli::read::Dwarf<EndianSlice<'_, LittleEndian>>,
    map: &AddressMap,
) -> gimli::write::ConvertResult<gimli::write::Dwarf> {
    // Not guest code: a tombstone of code the linker removed. Range
    // lists add offsets to such a base, past 32 bits (and an end may then
    // come before its start): those become the tombstone itself, an empty
    // range, as gimli writes start and end on their own.
    let address = |a: u64| {
        let moved = map.map(a).unwrap_or(a.min(u64::from(u32::MAX)));
        Some(Address::Constant(moved))
    };
    let mut dwarf = gimli::write::Dwarf::default();
    let mut units = dwarf.convert(read)?;
    while let Some((mut unit, root)) = units.read_unit()? {
        if let Some(program) = unit.read_line_program(None, None)? {
            let (program, files) = lines(program, map)?;
            unit.set_line_program(program, files);
        }
        let id = unit.unit.root();
        attributes(&mut unit, id, &root, &address)?;
        let mut entry = root;
        while let Some(id) = unit.read_entry(&mut entry)? {
            if id.is_none() {
                continue;
            }
            let id = unit.add_entry(id, &entry);
            attributes(&mut unit, id, &entry, &address)?;
        }
    }
    Ok(dwarf)
}

/// The attributes of `entry` converted onto `id`.
fn attributes<R: gimli::Reader<Offset = usize>>(
    unit: &mut gimli::write::ConvertUnit<'_, R>,
    id: UnitEntryId,
    entry: &gimli::write::ConvertUnitEntry<'_, R>,
    address: &dyn Fn(u64) -> Option<Address>,
) -> gimli::write::ConvertResult<()> {
    for attr in &entry.attrs {
        // A GNU extension gimli does not write (as its own conversion).
        if attr.name() == gimli::DW_AT_GNU_locviews {
            continue;
        }
        let value = unit.convert_attribute_value(entry.read_unit, attr, address)?;
        unit.unit.get_mut(id).set(attr.name(), value);
    }
    Ok(())
}

/// A line program with every row moved through `map`.
fn lines<R: gimli::Reader<Offset = usize>>(
    mut program: gimli::write::ConvertLineProgram<'_, R>,
    map: &AddressMap,
) -> gimli::write::ConvertResult<(gimli::write::LineProgram, Vec<gimli::write::FileId>)> {
    use gimli::write::ConvertLineRow;
    // The current sequence's start, old and new.
    let mut base: Option<(u64, u64)> = None;
    let moved = |base: Option<(u64, u64)>, offset: u64| match base {
        Some((old, new)) => map
            .map(old + offset)
            .map_or(offset, |a| a.saturating_sub(new)),
        None => offset,
    };
    while let Some(row) = program.read_row()? {
        match row {
            ConvertLineRow::SetAddress(old) => {
                let new = map.map(old).unwrap_or(old);
                base = Some((old, new));
                program.set_address(Address::Constant(new));
            }
            ConvertLineRow::Row(mut row) => {
                row.address_offset = moved(base, row.address_offset);
                program.generate_row(row);
            }
            ConvertLineRow::EndSequence(length) => {
                program.end_sequence(moved(base, length));
                base = None;
            }
        }
    }
    Ok(program.program())
}

/// `DW_AT_high_pc` given as a length (the usual form) measures the old
/// code: each becomes the length of the moved range.
fn fix_lengths(dwarf: &mut gimli::write::Dwarf, map: &AddressMap) {
    for i in 0..dwarf.units.count() {
        let id = dwarf.units.id(i);
        let unit = dwarf.units.get_mut(id);
        let mut stack: Vec<UnitEntryId> = vec![unit.root()];
        while let Some(e) = stack.pop() {
            let entry = unit.get_mut(e);
            let low = match entry.get(gimli::DW_AT_low_pc) {
                Some(AttributeValue::Address(Address::Constant(low))) => Some(*low),
                _ => None,
            };
            let len = match entry.get(gimli::DW_AT_high_pc) {
                Some(AttributeValue::Udata(len)) => Some(*len),
                _ => None,
            };
            if let (Some(low), Some(len)) = (low, len) {
                // `low` is already moved: find the old start again.
                if let Some(new_len) = moved_length(map, low, len) {
                    entry.set(gimli::DW_AT_high_pc, AttributeValue::Udata(new_len));
                }
            }
            stack.extend(entry.children().copied());
        }
    }
}

/// The new length of the range that starts at new offset `new_low` and was
/// `len` bytes long.
fn moved_length(map: &AddressMap, new_low: u64, len: u64) -> Option<u64> {
    // Moves keep the order of the code: sorted by new offsets too.
    let i = map.moves.partition_point(|(_, n)| *n <= new_low);
    let (o, n) = *map.moves.get(i.checked_sub(1)?)?;
    let old_low = o + (new_low - n);
    let new_end = map.map(old_low + len)?;
    new_end.checked_sub(new_low)
}

/// The guest's branch hints (`metadata.code.branch_hint`) moved with its
/// code: each function's index and each hint's offset in its body. `func`
/// gives a guest function's fused index; `defined` is the guest's count of
/// imported functions.
pub fn branch_hints(
    data: &[u8],
    map: &AddressMap,
    imported: u32,
    func: impl Fn(u32) -> Option<u32>,
) -> Result<wasm_encoder::BranchHints, String> {
    let bad = |e: wasmparser::BinaryReaderError| e.to_string();
    let reader = wasmparser::BranchHintSectionReader::new(wasmparser::BinaryReader::new(data, 0))
        .map_err(bad)?;
    let mut out = wasm_encoder::BranchHints::new();
    for f in reader {
        let f = f.map_err(bad)?;
        let body = f
            .func
            .checked_sub(imported)
            .ok_or("a hint for an imported function")? as usize;
        let mut hints = Vec::new();
        for h in f.hints {
            let h = h.map_err(bad)?;
            let at = map
                .in_body(body, u64::from(h.func_offset))
                .ok_or("a hint outside the function's code")?;
            hints.push(wasm_encoder::BranchHint {
                branch_func_offset: at as u32,
                branch_hint_value: u32::from(h.taken),
            });
        }
        let index = func(f.func).ok_or("a hint for an unknown function")?;
        out.function_hints(index, hints);
    }
    Ok(out)
}
