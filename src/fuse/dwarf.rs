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

use gimli::write::{Address, AttributeValue, EndianVec, Sections, UnitEntryId};
use gimli::{EndianSlice, LittleEndian, SectionId};

/// Where the guest's code bytes went, body by body: offsets in the code
/// section's payload.
#[derive(Default)]
pub struct AddressMap {
    /// The guest's bodies in order.
    bodies: Vec<Moved>,
    /// The end of the guest's last body (old offsets): addresses past it
    /// (DWARF's tombstones of removed code) are left as they are.
    end: u64,
}

/// One guest body: where its entry (size prefix) and its bytes started and
/// start now, and its moves: `(old, new)` offsets from those starts, in
/// order, each valid up to the next (the first is `(0, 0)`), as
/// [`super::rewrite::body`] recorded them (kept, not copied).
#[derive(Default)]
struct Moved {
    old_entry: u64,
    old: u64,
    new_entry: u64,
    new: u64,
    moves: Vec<(u32, u32)>,
}

impl AddressMap {
    /// The map of the guest's `bodies` (their old payload offsets: the
    /// start of the size prefix and of the body, and the body's length)
    /// written as `new` bodies (their lengths and moves) at the start of
    /// a code section of `count` functions.
    pub fn new(old: &[(u64, u64, u64)], new: Vec<(u64, Vec<(u32, u32)>)>, count: u32) -> Self {
        let mut at = leb_len(u64::from(count));
        let mut end = 0;
        let mut bodies = Vec::with_capacity(old.len());
        for ((entry, body, len), (new_len, moves)) in old.iter().zip(new) {
            let body_at = at + leb_len(new_len);
            bodies.push(Moved {
                old_entry: *entry,
                old: *body,
                new_entry: at,
                new: body_at,
                moves,
            });
            at = body_at + new_len;
            end = body + len;
        }
        // In order already (the code section's order): sorted only if not.
        if !bodies.is_sorted_by_key(|b| b.old_entry) {
            bodies.sort_by_key(|b| b.old_entry);
        }
        AddressMap { bodies, end }
    }

    /// Where offset `at` of guest body `i` (from its first byte, the
    /// locals) is now, from the body's new start.
    pub fn in_body(&self, i: usize, at: u64) -> Option<u64> {
        let b = self.bodies.get(i)?;
        self.map(b.old + at)?.checked_sub(b.new)
    }

    /// Where old code offset `a` is now (`None`: not guest code).
    pub fn map(&self, a: u64) -> Option<u64> {
        if a > self.end {
            return None;
        }
        let i = self.bodies.partition_point(|b| b.old_entry <= a);
        let b = self.bodies.get(i.checked_sub(1)?)?;
        if a < b.old {
            // In the size prefix: from the entry's start.
            return Some(b.new_entry + (a - b.old_entry));
        }
        let r = a - b.old;
        let k = b.moves.partition_point(|(o, _)| u64::from(*o) <= r);
        let (o, n) = k
            .checked_sub(1)
            .and_then(|k| b.moves.get(k))
            .map_or((0, 0), |(o, n)| (u64::from(*o), u64::from(*n)));
        Some(b.new + n + (r - o))
    }
}

/// Bytes of the LEB128 encoding of `v`.
pub(super) fn leb_len(v: u64) -> u64 {
    u64::from((64 - v.leading_zeros()).max(1).div_ceil(7))
}

/// The DWARF sections written back (by gimli; `.debug_aranges` made anew
/// from the rewritten units); the others index or describe what fusion
/// rewrote: dropped with a warning.
fn rewritten(name: &str) -> bool {
    matches!(
        name,
        ".debug_abbrev"
            | ".debug_addr"
            | ".debug_aranges"
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

/// The guest's DWARF sections (its `.debug_*` custom sections) converted
/// through `map`: the new sections, and a warning for each DWARF section
/// that is dropped.
pub fn rewrite(
    guest: &DebugSections,
    map: &AddressMap,
) -> Result<(DebugSections, Vec<String>), String> {
    let section = |name: &str| {
        guest
            .iter()
            .find(|(n, _)| n == name)
            .map_or(&[][..], |(_, data)| data.as_slice())
    };
    let read = gimli::read::Dwarf::load(|id: SectionId| {
        Ok::<_, gimli::Error>(EndianSlice::new(section(id.name()), LittleEndian))
    })
    .map_err(|e| format!("reading it: {e}"))?;
    let mut dwarf = convert(&read, map).map_err(|e| format!("converting it: {e}"))?;
    move_addresses(&mut dwarf, map);
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
    if guest.iter().any(|(n, _)| n == ".debug_aranges") {
        let index = aranges(&out).map_err(|e| format!("indexing it: {e}"))?;
        out.push((".debug_aranges".to_string(), index));
    }
    let warnings = guest
        .iter()
        .map(|(n, _)| n.as_str())
        .filter(|n| !rewritten(n))
        .map(|n| format!("dropped custom section `{n}`: it indexes debug info that fusion rewrote"))
        .collect();
    Ok((out, warnings))
}

/// `read` converted, its line programs moved through `map` row by row
/// (gimli's conversion moves only a sequence's start and keeps the rows'
/// distances from it, which fusion changes); every other address is left
/// as it was, for [`move_addresses`] (gimli converts a range's offsets from
/// a base as if they were addresses).
fn convert(
    read: &gimli::read::Dwarf<EndianSlice<'_, LittleEndian>>,
    map: &AddressMap,
) -> gimli::write::ConvertResult<gimli::write::Dwarf> {
    let address = |a: u64| Some(Address::Constant(a));
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

/// `.debug_aranges` for the written sections `sections` (when the guest
/// had one): each unit's address ranges, read back from the rewritten
/// DWARF (gimli does not write this index), tombstones left out.
fn aranges(sections: &DebugSections) -> Result<Vec<u8>, gimli::Error> {
    let section = |name: &str| {
        sections
            .iter()
            .find(|(n, _)| n == name)
            .map_or(&[][..], |(_, d)| &d[..])
    };
    let read = gimli::read::Dwarf::load(|id: SectionId| {
        Ok::<_, gimli::Error>(EndianSlice::new(section(id.name()), LittleEndian))
    })?;
    let mut out = Vec::new();
    let mut headers = read.units();
    while let Some(header) = headers.next()? {
        // `units()` reads `.debug_info`: offsets in it.
        let offset = header.offset().0 as u32;
        let unit = read.unit(header)?;
        let mut tuples = Vec::new();
        let mut ranges = read.unit_ranges(&unit)?;
        while let Some(r) = ranges.next()? {
            if r.begin < r.end && r.end < u64::from(u32::MAX) {
                tuples.push((r.begin as u32, (r.end - r.begin) as u32));
            }
        }
        if tuples.is_empty() {
            continue;
        }
        // Version 2, the unit's offset, 4-byte addresses, no segments,
        // padding to a tuple's size (header 12 bytes, tuples from 16).
        let mut set = Vec::new();
        set.extend_from_slice(&2u16.to_le_bytes());
        set.extend_from_slice(&offset.to_le_bytes());
        set.extend_from_slice(&[4, 0, 0, 0, 0, 0]);
        for (begin, len) in tuples.into_iter().chain([(0, 0)]) {
            set.extend_from_slice(&begin.to_le_bytes());
            set.extend_from_slice(&len.to_le_bytes());
        }
        out.extend_from_slice(&(set.len() as u32).to_le_bytes());
        out.extend_from_slice(&set);
    }
    Ok(out)
}

/// Where old code address `a` is now: moved when it is guest code; a
/// tombstone of removed code stays, and one with an offset added (past 32
/// bits) becomes the tombstone itself.
fn moved(map: &AddressMap, a: u64) -> u64 {
    map.map(a).unwrap_or(a.min(u64::from(u32::MAX)))
}

/// The length of the old range `[start, start + len)` once moved.
fn moved_len(map: &AddressMap, start: u64, len: u64) -> u64 {
    moved(map, start.saturating_add(len)).saturating_sub(moved(map, start))
}

/// Every code address of the converted units moved through `map`: the
/// DIEs' addresses and `DW_AT_high_pc` lengths, and the range and location
/// lists, each entry with the base it is relative to (a base that is a
/// tombstone leaves its offsets as they are: removed code).
fn move_addresses(dwarf: &mut gimli::write::Dwarf, map: &AddressMap) {
    for i in 0..dwarf.units.count() {
        let id = dwarf.units.id(i);
        let unit = dwarf.units.get_mut(id);
        let old_ranges = std::mem::take(&mut unit.ranges);
        let old_locations = std::mem::take(&mut unit.locations);
        let low = |e: &gimli::write::DebuggingInformationEntry| match e.get(gimli::DW_AT_low_pc) {
            Some(AttributeValue::Address(Address::Constant(a))) => Some(*a),
            _ => None,
        };
        let unit_base = low(unit.get(unit.root())).unwrap_or(0);
        let mut stack: Vec<UnitEntryId> = vec![unit.root()];
        while let Some(e) = stack.pop() {
            let entry_low = low(unit.get(e));
            let mut updates = Vec::new();
            let mut lists = Vec::new();
            for attr in unit.get(e).attrs() {
                let value = match attr.get() {
                    AttributeValue::Address(Address::Constant(a)) => {
                        AttributeValue::Address(Address::Constant(moved(map, *a)))
                    }
                    AttributeValue::Udata(len) if attr.name() == gimli::DW_AT_high_pc => {
                        match entry_low {
                            Some(start) => AttributeValue::Udata(moved_len(map, start, *len)),
                            None => continue,
                        }
                    }
                    AttributeValue::RangeListRef(r) => {
                        let list = ranges(old_ranges.get(*r), unit_base, map);
                        lists.push((attr.name(), List::Ranges(list)));
                        continue;
                    }
                    AttributeValue::LocationListRef(l) => {
                        let list = locations(old_locations.get(*l), unit_base, map);
                        lists.push((attr.name(), List::Locations(list)));
                        continue;
                    }
                    _ => continue,
                };
                updates.push((attr.name(), value));
            }
            for (name, list) in lists {
                updates.push((
                    name,
                    match list {
                        List::Ranges(r) => AttributeValue::RangeListRef(unit.ranges.add(r)),
                        List::Locations(l) => {
                            AttributeValue::LocationListRef(unit.locations.add(l))
                        }
                    },
                ));
            }
            let entry = unit.get_mut(e);
            for (name, value) in updates {
                entry.set(name, value);
            }
            stack.extend(entry.children().copied());
        }
    }
}

/// A moved list of a DIE's attribute, added to its unit's table once the
/// DIE has been read.
enum List {
    Ranges(gimli::write::RangeList),
    Locations(gimli::write::LocationList),
}

/// An address pair `(begin, end)` relative to `base` (old), moved; kept
/// when the base is not guest code (a tombstone).
fn pair(map: &AddressMap, base: u64, begin: u64, end: u64) -> (u64, u64) {
    if map.map(base).is_none() && base != 0 {
        return (begin, end);
    }
    let new_base = moved(map, base);
    let at = |o: u64| moved(map, base.saturating_add(o)).saturating_sub(new_base);
    (at(begin), at(end))
}

/// The addresses of one range or location list entry, whatever its list.
#[derive(Clone, Copy)]
enum Span {
    Base(u64),
    Pair(u64, u64),
    StartEnd(u64, u64),
    StartLength(u64, u64),
}

/// A range or location list's entries moved (offsets from `unit_base`
/// until a base entry; `span` gives an entry's addresses, `None` keeps it
/// as it is, and `with` makes it again from moved ones), without the
/// entries that cover nothing (gimli writes none: the input may have them,
/// and code that fusion shrank to nothing makes them).
fn moved_list<E: Clone>(
    entries: &[E],
    unit_base: u64,
    map: &AddressMap,
    span: impl Fn(&E) -> Option<Span>,
    with: impl Fn(&E, Span) -> E,
) -> Vec<E> {
    let mut base = unit_base;
    entries
        .iter()
        .filter_map(|entry| {
            let Some(s) = span(entry) else {
                return Some(entry.clone());
            };
            let s = match s {
                Span::Base(a) => {
                    base = a;
                    Span::Base(moved(map, a))
                }
                Span::Pair(b, e) => {
                    let (b, e) = pair(map, base, b, e);
                    Span::Pair(b, e)
                }
                Span::StartEnd(b, e) => Span::StartEnd(moved(map, b), moved(map, e)),
                Span::StartLength(b, l) => Span::StartLength(moved(map, b), moved_len(map, b, l)),
            };
            let empty = matches!(s, Span::Pair(b, e) | Span::StartEnd(b, e) if b == e)
                || matches!(s, Span::StartLength(_, 0));
            (!empty).then(|| with(entry, s))
        })
        .collect()
}

/// A range list moved: [`moved_list`].
fn ranges(
    list: &gimli::write::RangeList,
    unit_base: u64,
    map: &AddressMap,
) -> gimli::write::RangeList {
    use gimli::write::Range as R;
    use Address::Constant as C;
    let span = |r: &R| match *r {
        R::BaseAddress { address: C(a) } => Some(Span::Base(a)),
        R::OffsetPair { begin, end } => Some(Span::Pair(begin, end)),
        R::StartEnd {
            begin: C(b),
            end: C(e),
        } => Some(Span::StartEnd(b, e)),
        R::StartLength {
            begin: C(b),
            length,
        } => Some(Span::StartLength(b, length)),
        _ => None,
    };
    let with = |_: &R, s: Span| match s {
        Span::Base(a) => R::BaseAddress { address: C(a) },
        Span::Pair(begin, end) => R::OffsetPair { begin, end },
        Span::StartEnd(b, e) => R::StartEnd {
            begin: C(b),
            end: C(e),
        },
        Span::StartLength(b, length) => R::StartLength {
            begin: C(b),
            length,
        },
    };
    gimli::write::RangeList(moved_list(&list.0, unit_base, map, span, with))
}

/// A location list moved: [`moved_list`], each entry keeping its
/// expression.
fn locations(
    list: &gimli::write::LocationList,
    unit_base: u64,
    map: &AddressMap,
) -> gimli::write::LocationList {
    use gimli::write::Location as L;
    use Address::Constant as C;
    let span = |l: &L| match *l {
        L::BaseAddress { address: C(a) } => Some(Span::Base(a)),
        L::OffsetPair { begin, end, .. } => Some(Span::Pair(begin, end)),
        L::StartEnd {
            begin: C(b),
            end: C(e),
            ..
        } => Some(Span::StartEnd(b, e)),
        L::StartLength {
            begin: C(b),
            length,
            ..
        } => Some(Span::StartLength(b, length)),
        _ => None,
    };
    let with = |l: &L, s: Span| {
        let data = match l {
            L::OffsetPair { data, .. } | L::StartEnd { data, .. } | L::StartLength { data, .. } => {
                data.clone()
            }
            _ => gimli::write::Expression::new(),
        };
        match s {
            Span::Base(a) => L::BaseAddress { address: C(a) },
            Span::Pair(begin, end) => L::OffsetPair { begin, end, data },
            Span::StartEnd(b, e) => L::StartEnd {
                begin: C(b),
                end: C(e),
                data,
            },
            Span::StartLength(b, length) => L::StartLength {
                begin: C(b),
                length,
                data,
            },
        }
    };
    gimli::write::LocationList(moved_list(&list.0, unit_base, map, span, with))
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
