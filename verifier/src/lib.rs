//! Static verification of components against host worlds.
//!
//! Not implemented yet: see `README.md` for what this crate will provide.
