import Diagnostics
import Foundation
import Testing
import BuiltinLintCatalog
@testable import Lints
@testable import RustSyntax

/// The path screen only skips work: linting with it and without it must give
/// the very same diagnostics, on every body we have and on bodies written to
/// reach refused items through renames, globs, aliases and preludes.
@Suite("Path screen")
struct PathScreenTests {
    /// Every fixture, every example body and every catalog example.
    static let bodies: [(name: String, text: String)] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        var bodies: [(String, String)] = []
        for directory in ["Tests/LintFixtures", "examples"] {
            let folder = root.appendingPathComponent(directory)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for name in names.sorted() where name.hasSuffix(".rs") {
                if let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) {
                    bodies.append(("\(directory)/\(name)", text))
                }
            }
        }
        if case .success(let catalog) = LintCatalog.builtin() {
            for lint in catalog.lints {
                for (index, example) in lint.examples.enumerated() { bodies.append(("\(lint.name)#\(index)", example.code)) }
            }
        }
        return bodies + handWritten.enumerated().map { ("hand-written #\($0.offset)", $0.element) }
    }()

    /// Ways a refused item can hide behind a name that does not spell it.
    static let handWritten = [
        "use std::io as m; use m::*; stdout(); Ok(None)",
        "use std::fs as m; use m::*; let f = File::open(\"x\"); Ok(None)",
        "mod a { pub use std::fs::File as F; } let f = a::F::open(\"x\"); Ok(None)",
        "mod a { pub use std::fs::*; } let f = a::File::open(\"x\"); Ok(None)",
        "type T = std::fs::File; let f = T::open(\"x\"); Ok(None)",
        "use std::mem::{self as q}; q::forget(1); Ok(None)",
        "extern crate std as s; let x = s::fs::read(\"x\"); Ok(None)",
        "use std::prelude::v1::*; let b = Box::leak(Box::new(1)); Ok(None)",
        "macro_rules! m { ($p:path) => { let f = $p; }; } use std::process as p; m!(p::exit); Ok(None)",
        "macro_rules! u { () => { use std::net as n; }; } u!(); let s = n::TcpStream::connect(\"x\"); Ok(None)",
        "{ use std::env as e; let v = e::var(\"HOME\"); } Ok(None)",
        "use std::{io::{self as i}, mem}; i::stdin(); mem::forget(1); Ok(None)",
        "mod x { pub mod y { pub use ::std::os as z; } } use x::y::*; let p = z::unix::fs::symlink; Ok(None)",
    ]

    private static func diagnostics(_ text: String, catalog: LintCatalog, screened: Bool) throws -> [String] {
        var engine = try LintEngine(catalog: catalog)
        engine.screensPaths = screened
        let file = SourceFile(path: "s.rs", text: text)
        let renderer = HumanRenderer(colors: false)
        return SourceLinter(engine: engine).check(file).map { renderer.render($0, in: file) }
    }

    @Test func screeningChangesNoFinding() throws {
        let catalog = try LintCatalog.builtin().get()
        #expect(Self.bodies.count > 100)
        for (name, text) in Self.bodies {
            let screened = try Self.diagnostics(text, catalog: catalog, screened: true)
            let full = try Self.diagnostics(text, catalog: catalog, screened: false)
            #expect(screened == full, "\(name)")
        }
    }

    @Test func handWrittenBodiesAreRefused() throws {
        let catalog = try LintCatalog.builtin().get()
        for text in Self.handWritten {
            #expect(try !Self.diagnostics(text, catalog: catalog, screened: true).isEmpty, "\(text)")
        }
    }

    /// A rule on a whole module makes prelude names inside it stand for refused items.
    @Test func preludeNamesCoveredByARule() throws {
        let rule = """
            name = "no_mem"
            summary = "s"
            message = "`{name}` is refused"
            help = "h"
            explanation = "e"
            [rules]
            paths = ["core::mem"]
            [[examples]]
            fires = true
            code = "drop(1);"
            [[examples]]
            fires = false
            code = "let x = 1;"
            """
        let catalog = try LintCatalog.parse([(file: "no_mem.toml", text: rule)]).get()
        let text = "let v = vec![1]; drop(v); let d = drop::<u8>; Ok(None)"
        let screened = try Self.diagnostics(text, catalog: catalog, screened: true)
        #expect(screened.count == 2)
        #expect(screened == (try Self.diagnostics(text, catalog: catalog, screened: false)))
    }
}
