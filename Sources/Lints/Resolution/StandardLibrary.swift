/// What the body can name without importing anything: the standard
/// library's preludes and its crate names.
enum StandardLibrary {
    /// Crates that are the standard library: `core` and `alloc` items are
    /// re-exported by `std`, so lint rules name everything through `std`.
    static let crateNames: Set<String> = ["std", "core", "alloc"]

    /// The types and traits of the prelude (2015–2024), by the name they are used under.
    static let preludeTypes: [String: [String]] = [
        "Box": ["std", "boxed", "Box"], "Vec": ["std", "vec", "Vec"], "String": ["std", "string", "String"],
        "Option": ["std", "option", "Option"], "Result": ["std", "result", "Result"],
        "ToOwned": ["std", "borrow", "ToOwned"], "ToString": ["std", "string", "ToString"],
        "Clone": ["std", "clone", "Clone"], "Copy": ["std", "marker", "Copy"], "Send": ["std", "marker", "Send"],
        "Sync": ["std", "marker", "Sync"], "Sized": ["std", "marker", "Sized"], "Unpin": ["std", "marker", "Unpin"],
        "Drop": ["std", "ops", "Drop"], "Fn": ["std", "ops", "Fn"], "FnMut": ["std", "ops", "FnMut"],
        "FnOnce": ["std", "ops", "FnOnce"], "AsMut": ["std", "convert", "AsMut"], "AsRef": ["std", "convert", "AsRef"],
        "From": ["std", "convert", "From"], "Into": ["std", "convert", "Into"],
        "TryFrom": ["std", "convert", "TryFrom"], "TryInto": ["std", "convert", "TryInto"],
        "DoubleEndedIterator": ["std", "iter", "DoubleEndedIterator"],
        "ExactSizeIterator": ["std", "iter", "ExactSizeIterator"], "Extend": ["std", "iter", "Extend"],
        "IntoIterator": ["std", "iter", "IntoIterator"], "Iterator": ["std", "iter", "Iterator"],
        "FromIterator": ["std", "iter", "FromIterator"], "Default": ["std", "default", "Default"],
        "Eq": ["std", "cmp", "Eq"], "Ord": ["std", "cmp", "Ord"], "PartialEq": ["std", "cmp", "PartialEq"],
        "PartialOrd": ["std", "cmp", "PartialOrd"], "Future": ["std", "future", "Future"],
        "IntoFuture": ["std", "future", "IntoFuture"],
    ]

    /// The values of the prelude.
    static let preludeValues: [String: [String]] = [
        "Some": ["std", "option", "Option", "Some"], "None": ["std", "option", "Option", "None"],
        "Ok": ["std", "result", "Result", "Ok"], "Err": ["std", "result", "Result", "Err"],
        "drop": ["std", "mem", "drop"],
    ]

    /// Macros usable without import; `std` exports them all at its root.
    static let preludeMacros: Set<String> = [
        "assert", "assert_eq", "assert_ne", "cfg", "column", "compile_error", "concat", "concat_idents",
        "const_format_args", "dbg", "debug_assert", "debug_assert_eq", "debug_assert_ne", "env", "eprint",
        "eprintln", "file", "format", "format_args", "format_args_nl", "include", "include_bytes", "include_str",
        "line", "log_syntax", "matches", "module_path", "option_env", "panic", "print", "println", "stringify",
        "thread_local", "todo", "trace_macros", "try", "unimplemented", "unreachable", "vec", "write", "writeln",
    ]

    /// The logging macros every function body can call without importing them
    /// (plrustc's runtime crate, like PL/Rust's prelude): their arguments are
    /// `format!`'s. Bodies only; a crate file names its own.
    static let bodyPreludeMacros: Set<String> = [
        "log", "info", "notice", "warning", "error", "debug1", "debug2", "debug3", "debug4", "debug5",
    ]
    static let runtimeCrate = "plrustc_runtime"

    /// Whether `name` is one of the standard library's crates.
    static func isStandardCrate(_ name: String) -> Bool { crateNames.contains(name) }

    /// How crates re-export the standard library's crates for their macros (`pub extern crate core as _core;`).
    static let reexportNames: Set<String> = ["std", "core", "alloc", "_std", "_core", "_alloc", "__std", "__core", "__alloc"]

    /// Folds the standard library's crates and prelude modules into one spelling:
    /// `core::mem::forget` and `alloc::boxed::Box` are `std::…`, and
    /// `std::prelude::v1::Box` is `std::boxed::Box`.
    static func canonical(_ segments: [String]) -> [String] {
        guard let first = segments.first else { return segments }
        guard crateNames.contains(first) else {
            // A dependency's re-export of a standard crate (`bitflags::_core`, `serde::__private::std`)
            // is that crate: what a rule refuses of `std` it refuses there.
            if let at = segments.dropFirst().firstIndex(where: { reexportNames.contains($0) }) {
                return canonical(["std"] + segments[(at + 1)...])
            }
            return segments
        }
        var path = ["std"] + segments.dropFirst()
        // `std::prelude::v1::X`, `std::prelude::rust_2021::X`.
        if path.count >= 4, path[1] == "prelude" {
            let name = path[3]
            let rest = Array(path.dropFirst(4))
            if let target = preludeTypes[name] ?? preludeValues[name] { return target + rest }
            if preludeMacros.contains(name) { return ["std", name] + rest }
            path = ["std", name] + rest
        }
        return path
    }
}
