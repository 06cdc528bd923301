import Diagnostics
import Testing
@testable import Lints
@testable import RustSyntax

/// Resolves every path in `text` that is written exactly `target` (as an expression
/// or macro path), returning the resolutions in source order.
private func resolutions(of target: String, in text: String, mode: ParseMode = .body, crates: Set<String> = []) -> [Resolution] {
    let tree = RustParser.parse(SourceFile(path: "r.rs", text: text), mode: mode)
    let resolver = NameResolver(tree: tree, externCrates: crates)
    var found: [Resolution] = []
    tree.root.walk { node in
        if node.kind == .path, node.text == target, let path = node.as(PathSyntax.self), let parent = node.parent {
            let namespace: Namespace = parent.kind == .macroCall ? .macros : parent.kind == .pathType ? .types : .values
            if parent.kind != .useTree { found.append(resolver.resolve(path, as: namespace)) }
        }
        return .visitChildren
    }
    return found
}

private let forget = Resolution.external(["std", "mem", "forget"])

@Suite("Name resolution")
struct NameResolverTests {
    @Test func fullPathsAndCrateSpellings() {
        #expect(resolutions(of: "std::mem::forget", in: "std::mem::forget(v);") == [forget])
        #expect(resolutions(of: "core::mem::forget", in: "core::mem::forget(v);") == [forget])
        #expect(resolutions(of: "::alloc::boxed::Box::leak", in: "::alloc::boxed::Box::leak(b);")
                    == [.external(["std", "boxed", "Box", "leak"])])
    }

    @Test func useRenamesGroupsAndSelf() {
        #expect(resolutions(of: "f", in: "use std::mem::forget as f; f(v);") == [forget])
        #expect(resolutions(of: "mem::forget", in: "use std::{mem, io::stdout}; mem::forget(v);") == [forget])
        #expect(resolutions(of: "m::forget", in: "use std::mem::{self as m}; m::forget(v);") == [forget])
        #expect(resolutions(of: "out", in: "use std::io::{stdout as out}; out();") == [.external(["std", "io", "stdout"])])
        // A `use` may come after its first use in the block (items are hoisted).
        #expect(resolutions(of: "f", in: "f(v); use core::mem::forget as f;") == [forget])
    }

    @Test func globsOfOutsideModulesNeverHideThePrelude() {
        // `std::io` has no `Box`: the prelude's `Box` is meant, and `Box::leak` must still be seen.
        #expect(resolutions(of: "Box::leak", in: "use std::io::*; Box::leak(b);") == [.external(["std", "boxed", "Box", "leak"])])
        #expect(resolutions(of: "std::mem::forget", in: "use std::io::*; std::mem::forget(v);") == [forget])
    }

    @Test func globsOfStandardModules() {
        #expect(resolutions(of: "forget", in: "use std::mem::*; forget(v);") == [forget])
        #expect(resolutions(of: "stdout", in: "use std::io::*; stdout();") == [.external(["std", "io", "stdout"])])
    }

    @Test func preludes() {
        #expect(resolutions(of: "Box::leak", in: "Box::leak(b);") == [.external(["std", "boxed", "Box", "leak"])])
        #expect(resolutions(of: "drop", in: "drop(v);") == [.external(["std", "mem", "drop"])])
        #expect(resolutions(of: "println", in: "println!(\"x\");") == [.external(["std", "println"])])
        #expect(resolutions(of: "std::prelude::v1::Box::leak", in: "std::prelude::v1::Box::leak(b);")
                    == [.external(["std", "boxed", "Box", "leak"])])
    }

    @Test func localItemsShadow() {
        #expect(resolutions(of: "stdout", in: "use std::io::*; fn stdout() -> u8 { 1 } stdout();") == [.local])
        #expect(resolutions(of: "Box::leak", in: "struct Box; impl Box { fn leak() {} } Box::leak();") == [.local])
        #expect(resolutions(of: "drop", in: "fn drop(x: u8) {} drop(1);") == [.local])
    }

    @Test func localVariablesDoNotHideImports() {
        let text = "use std::mem::forget; if let Some(forget) = x {} else { forget(v) }"
        #expect(resolutions(of: "forget", in: text) == [forget])
    }

    @Test func macroRulesHaveTextualScope() {
        let text = "println!(\"a\"); macro_rules! println { ($($t:tt)*) => {} } println!(\"b\");"
        #expect(resolutions(of: "println", in: text) == [.external(["std", "println"]), .local])
        #expect(resolutions(of: "p", in: "use std::println as p; p!(\"x\");") == [.external(["std", "println"])])
        // `macro_rules!` (textual scope) comes before an import of the same name.
        #expect(resolutions(of: "p", in: "use std::println as p; macro_rules! p { () => {} } p!();") == [.local])
    }

    @Test func typeAliases() {
        #expect(resolutions(of: "B::leak", in: "type B<T> = Box<T>; B::leak(b);") == [.external(["std", "boxed", "Box", "leak"])])
        #expect(resolutions(of: "M::forget", in: "use std::mem as M; M::forget(v);") == [forget])
    }

    @Test func localModulesAndRelativePaths() {
        let text = "mod inner { pub use ::std::mem::forget as f; pub mod deeper { pub use super::f as g; } } inner::f(v); inner::deeper::g(v);"
        #expect(resolutions(of: "inner::f", in: text) == [forget])
        #expect(resolutions(of: "inner::deeper::g", in: text) == [forget])
        let shadow = "mod std { pub mod mem { pub fn forget<T>(_: T) {} } } std::mem::forget(v);"
        #expect(resolutions(of: "std::mem::forget", in: shadow) == [.local])
        let relay = "mod std { pub mod mem { pub use ::std::mem::forget; } } std::mem::forget(v);"
        #expect(resolutions(of: "std::mem::forget", in: relay) == [forget])
        // `self::` names the module: at a crate's top level the file's items; in a body, the
        // wrapper's module, which does not hold the body's items (rustc refuses that path).
        #expect(resolutions(of: "self::inner::f", in: "mod inner { pub use std::mem::forget as f; } fn g() { self::inner::f(v); }",
                            mode: .crate) == [forget])
        #expect(resolutions(of: "self::inner::f", in: "mod inner { pub use std::mem::forget as f; } self::inner::f(v);") == [.unresolved])
    }

    @Test func externCratesAndDependencies() {
        #expect(resolutions(of: "s::mem::forget", in: "extern crate std as s; s::mem::forget(v);") == [forget])
        #expect(resolutions(of: "rand::random", in: "rand::random();", crates: ["rand"]) == [.external(["rand", "random"])])
        #expect(resolutions(of: "rand::random", in: "rand::random();") == [.unresolved])
    }

    @Test func anImportNeverNamesItself() {
        // `use std;` imports the crate; the import must not hide it by naming itself.
        #expect(resolutions(of: "std::mem::forget", in: "use std; std::mem::forget(v);") == [forget])
        #expect(resolutions(of: "core::mem::forget", in: "{ use core; core::mem::forget(v); }") == [forget])
        #expect(resolutions(of: "s::mem::forget", in: "use std as s; s::mem::forget(v);") == [forget])
        #expect(resolutions(of: "std::mem::forget", in: "use std; fn f() { use std; std::mem::forget(1); }",
                            mode: .crate) == [forget])
        // A sibling import of the same block is still seen.
        #expect(resolutions(of: "f", in: "use std::mem::forget; use forget as f; f(v);") == [forget])
    }

    @Test func globsThroughLocalModules() {
        let text = "mod a { pub use std::*; } use a::*; fs::read_to_string(p);"
        #expect(resolutions(of: "fs::read_to_string", in: text) == [.external(["std", "fs", "read_to_string"])])
        let twice = "mod a { pub use std::mem::*; } mod b { pub use super::a::*; } use b::*; fn g() { forget(1); Box::new(1); }"
        #expect(resolutions(of: "forget", in: twice, mode: .crate) == [forget])
        // An outside module's glob, even through a local one, never hides the prelude.
        #expect(resolutions(of: "Box::new", in: twice, mode: .crate) == [.external(["std", "boxed", "Box", "new"])])
        // A module sees neither the body's items nor its enclosing module's: only through `super::`.
        #expect(resolutions(of: "std::env::vars", in: "mod std { pub mod env { pub fn vars() {} } } mod b { fn g() { std::env::vars(); } }")
                    == [.external(["std", "env", "vars"])])
    }

    @Test func cyclesAndGlobLoopsTerminate() {
        let text = "use a::x as y; use b::y as x; mod a { pub use super::b::*; } mod b { pub use super::a::*; } y(); zzz();"
        #expect(resolutions(of: "y", in: text) == [.unresolved])
        let globs = "use self::m1::*; use self::m2::*; mod m1 { pub use super::m2::*; } mod m2 { pub use super::m1::*; } q();"
        #expect(resolutions(of: "q", in: globs) == [.unresolved])
    }

    @Test func importsOfAUseItem() throws {
        let tree = RustParser.parse(SourceFile(path: "u.rs", text: "use std::{fs::{self, File}, io::*, env::var as v};"))
        let resolver = NameResolver(tree: tree)
        let use = try #require(tree.root.children.first?.as(UseSyntax.self))
        let paths = resolver.imports(of: use).map(\.resolution)
        #expect(paths == [.external(["std", "fs"]), .external(["std", "fs", "File"]), .external(["std", "io"]),
                          .external(["std", "env", "var"])])
    }
}
