[dependencies]
smallvec = "=1.9.0"
[code]
// smallvec re-exports the `alloc` crate (`pub extern crate alloc;`): `handle_alloc_error`, refused as
// `std::alloc::handle_alloc_error`, is not recognised under a dependency's path.
smallvec::alloc::alloc::handle_alloc_error(std::alloc::Layout::new::<[u8; 4096]>())
