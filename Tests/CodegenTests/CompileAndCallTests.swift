import BuiltinLintCatalog
import Diagnostics
import Foundation
import Testing
@testable import Codegen
@testable import Lints

/// Builds real bodies with the machine's rustc and calls them through the C ABI,
/// as the extension would. One cache for the whole suite: the runtime crate is
/// built once.
@Suite("Compile and call", .serialized)
struct CompileAndCallTests {
    static let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("plrustc-codegen-tests-\(getpid())")

    /// Compiles `body` as the function `spec` and loads it.
    /// `syntaxLints: false` leaves the body to the backend layers alone, to show what holds without the syntax lints.
    static func build(_ body: String, name: String = "f", args: [String] = [], returns: String, strict: Bool = false,
                      syntaxLints: Bool = true, limits: BuildLimits = .defaults) throws -> (FunctionHost?, [Diagnostic]) {
        let spec = try FunctionSpec.make(name: name, oid: nil, arguments: args, returns: returns, strict: strict)
        let output = scratch.appendingPathComponent(UUID().uuidString)
        let catalog = try LintCatalog.builtin().get()
        var request = CompileRequest(spec: spec, body: SourceFile(path: "body.rs", text: body), targets: [.x86_64Linux],
                                     outputDirectory: output, cacheDirectory: scratch.appendingPathComponent("cache"),
                                     compileLints: catalog.lints.map(\.name) + CompileRequest.defaultBackendLints)
        request.runsSyntaxLints = syntaxLints
        request.limits = limits
        switch try Compilation.compile(request, catalog: catalog) {
        case .rejected(let diagnostics):
            return (nil, diagnostics)
        case .built(_, let artifacts, _):
            let artifact = try #require(artifacts.first)
            // Every artifact records the lints it was built with.
            let bytes = try #require(FileManager.default.contents(atPath: output.appendingPathComponent(artifact.path).path))
            let record = try ArtifactMetadata.read(Array(bytes))
            #expect(record.missing(["plrust_leaky", "unsafe_code", "deprecated"]).isEmpty)
            let host = try FunctionHost(library: output.appendingPathComponent(artifact.path).path, symbol: spec.entrySymbol,
                                        arguments: spec.arguments.map(\.type))
            return (host, [])
        }
    }

    static func built(_ body: String, args: [String] = [], returns: String, strict: Bool = false,
                      syntaxLints: Bool = true) throws -> FunctionHost {
        let (host, diagnostics) = try build(body, args: args, returns: returns, strict: strict, syntaxLints: syntaxLints)
        return try #require(host, "\(diagnostics.map(\.message))")
    }

    @Test func nonStrictArgumentsAreOptionsAndNullsReachTheBody() throws {
        let function = try Self.built("Ok(Some(match (a, b) { (Some(a), Some(b)) => a + b, (Some(a), None) => a, _ => -1 }))",
                                      args: ["a integer", "b integer"], returns: "integer")
        #expect(function.call([.int(2), .int(40)]).rows == [[.int(42)]])
        #expect(function.call([.int(2), .null]).rows == [[.int(2)]])
        #expect(function.call([.null, .null]).rows == [[.int(-1)]])
    }

    @Test func strictArgumentsArePlainValues() throws {
        let function = try Self.built("Ok(Some(s.len() as i64 * n))", args: ["s text", "n bigint"], returns: "bigint", strict: true)
        #expect(function.call([.text("héllo"), .int(2)]).rows == [[.int(12)]])
        // A host that breaks STRICT's promise gets an error, not undefined behaviour.
        let outcome = function.call([.null, .int(1)])
        #expect(outcome.error == "argument `s` is NULL, but the function is STRICT")
    }

    @Test func textAndByteaAreBorrowedAndReturnedOwned() throws {
        let upper = try Self.built("Ok(s.map(|s| s.to_uppercase()))", args: ["s text"], returns: "text")
        #expect(upper.call([.text("abc")]).rows == [[.text("ABC")]])
        #expect(upper.call([.null]).rows == [[.null]])
        let reversed = try Self.built("let mut v = b.to_vec(); v.reverse(); Ok(Some(v))", args: ["b bytea"], returns: "bytea", strict: true)
        #expect(reversed.call([.bytes([1, 2, 3])]).rows == [[.bytes([3, 2, 1])]])
    }

    @Test func arraysInAndOut() throws {
        let sum = try Self.built("Ok(Some(a.iter().map(|x| x.unwrap_or_default()).sum::<f32>()))", args: ["a real[]"],
                                 returns: "real", strict: true)
        #expect(sum.call([.array([.real(1.5), .real(2), .null])]).rows == [[.real(3.5)]])
        let slice = try Self.built("Ok(Some(a.as_slice()?.iter().sum::<i32>()))", args: ["a integer[]"], returns: "integer", strict: true)
        #expect(slice.call([.array([.int(1), .int(2)])]).rows == [[.int(3)]])
        #expect(slice.call([.array([.int(1), .null])]).error == "the array contains NULL elements")
        let words = try Self.built("Ok(Some(s.split(' ').map(|w| if w == \"x\" { None } else { Some(w.to_string()) }).collect()))",
                                   args: ["s text"], returns: "text[]", strict: true)
        #expect(words.call([.text("a x b")]).rows == [[.array([.text("a"), .null, .text("b")])]])
    }

    @Test func setofAndTableReturnRows() throws {
        let split = try Self.built("Ok(Some(SetOfIterator::new(s.split_whitespace().map(|t| if t == \"this\" { None } else { Some(t.to_string()) }))))",
                                   args: ["s text"], returns: "SETOF text", strict: true)
        #expect(split.call([.text("hello this world")]).rows == [[.text("hello")], [.null], [.text("world")]])
        let none = try Self.built("Ok(None)", args: ["n integer"], returns: "SETOF integer")
        #expect(none.call([.int(1)]).rows.isEmpty)
        let table = try Self.built("Ok(Some(TableIterator::new((1..=n).map(|i| (Some(i), Some(format!(\"row {}\", i)))))))",
                                   args: ["n integer"], returns: "TABLE (id integer, label text)", strict: true)
        #expect(table.call([.int(2)]).rows == [[.int(1), .text("row 1")], [.int(2), .text("row 2")]])
    }

    @Test func errorsAndPanicsBecomeErrorResults() throws {
        let function = try Self.built("""
            if n < 0 { return Err("negative input".into()); }
            if n == 0 { panic!("zero is not allowed"); }
            if n == 1 { error!("raised with error!: {}", n); }
            let v: Vec<i32> = Vec::new();
            Ok(Some(v[n as usize]))
            """, args: ["n integer"], returns: "integer", strict: true)
        let failed = function.call([.int(-1)])
        #expect(failed.error == "negative input")
        #expect(failed.status == 1)
        #expect(function.call([.int(0)]).error == "zero is not allowed (at line 2 of the body)")
        #expect(function.call([.int(1)]).error == "raised with error!: 1")
        #expect(function.call([.int(5)]).error?.hasPrefix("index out of bounds") == true)
        // The library is still usable after a panic.
        #expect(function.call([.int(-1)]).error == "negative input")
    }

    /// What runs of the body after it returns (its error's `Display`, the `Drop`
    /// of an error or of a panic payload) may panic too, again and again: none
    /// of it may unwind into the host (that aborts the server process).
    @Test func panicsAfterTheBodyReturnedStayInside() throws {
        let function = try Self.built("""
            struct Bomb(u8);
            impl Drop for Bomb { fn drop(&mut self) { if self.0 > 0 { std::panic::panic_any(Bomb(self.0 - 1)) } } }
            #[derive(Debug)]
            struct Loud;
            impl std::fmt::Display for Loud { fn fmt(&self, _: &mut std::fmt::Formatter) -> std::fmt::Result { panic!("no words") } }
            impl std::error::Error for Loud {}
            impl Drop for Loud { fn drop(&mut self) { panic!("nor a quiet exit") } }
            if n == 0 { std::panic::panic_any(Bomb(3)); }
            if n == 1 { std::panic::panic_any(Bomb(200)); }
            if n == 2 { return Err(Box::new(Loud)); }
            Ok(Some(n))
            """, args: ["n integer"], returns: "integer", strict: true)
        #expect(function.call([.int(0)]).error == "the function panicked (at line 8 of the body)")
        #expect(function.call([.int(1)]).error == "the function panicked (at line 9 of the body)")
        #expect(function.call([.int(2)]).error == "the function's error could not be displayed")
        #expect(function.call([.int(3)]).rows == [[.int(3)]])
    }

    /// A trigger could hand the host a value whose type code promises bytes it
    /// does not have: only the runtime's own types give values.
    @Test func bodiesCannotMakeTheirOwnResultValues() throws {
        let body = """
            struct Evil;
            impl plrustc_runtime::IntoOut for Evil {
                const TYPE: u32 = plrustc_runtime::abi::TEXT;
                fn into_out(self) -> plrustc_runtime::Out { plrustc_runtime::Out::Array(plrustc_runtime::abi::TEXT, vec![]) }
            }
            let mut row = trigger.new().unwrap();
            row.set_by_name("t", Evil)?;
            Ok(Some(row))
            """
        let (compiled, diagnostics) = try Self.build(body, returns: "trigger")
        #expect(compiled == nil)
        #expect(diagnostics.map(\.code).contains("E0277"), "\(diagnostics.map(\.message))")
    }

    @Test func loggingReachesTheHost() throws {
        let function = try Self.built("notice!(\"n is {}\", n); warning!(\"careful\"); debug1!(\"detail\"); Ok(Some(n))",
                                      args: ["n integer"], returns: "integer", strict: true)
        let outcome = function.call([.int(7)])
        #expect(outcome.logs.map(\.message) == ["n is 7", "careful", "detail"])
        #expect(outcome.logs.map(\.level) == [18, 19, 14])
        #expect(outcome.rows == [[.int(7)]])
    }

    @Test func wrongCallsAreRefusedByTheEntryPoint() throws {
        let function = try Self.built("Ok(Some(n))", args: ["n integer"], returns: "integer", strict: true)
        #expect(function.call([]).status == 2)
        #expect(function.call([.int(1), .int(2)]).error == "the function takes 1 arguments, the call passed 2")
    }

    @Test func lintViolationsAndCompileErrorsAreReportedOnTheBody() throws {
        let (linted, lintDiagnostics) = try Self.build("std::mem::forget(1); Ok(None)", returns: "integer")
        #expect(linted == nil)
        #expect(lintDiagnostics.map(\.code) == ["plrust_leaky"])
        let body = "let a = 1;\nlet x: i32 = \"no\";\nOk(Some(x))"
        let (compiled, compileDiagnostics) = try Self.build(body, returns: "integer")
        #expect(compiled == nil)
        let mismatch = try #require(compileDiagnostics.first { $0.code == "E0308" })
        let source = SourceFile(path: "body.rs", text: body)
        #expect(source.text(try #require(mismatch.primarySpan)) == "\"no\"")
    }

    /// A body can name the runtime and build an `abi::Value` with any pointer in
    /// it: reading one through the runtime must need `unsafe`, which the lints refuse.
    @Test func theRuntimeReadsNoBodyMadePointerWithoutUnsafe() throws {
        let body = """
            use plrustc_runtime::FromValue;
            let v = plrustc_runtime::abi::Value { type_: 9, is_null: 0, int_value: 0, float_value: 0.0,
                bytes: 16 as *const u8, length: 4, elements: std::ptr::null() };
            let b = <&[u8]>::from_value(&v)?;
            Ok(Some(b[0] as i64))
            """
        let (compiled, diagnostics) = try Self.build(body, returns: "bigint")
        #expect(compiled == nil)
        #expect(diagnostics.map(\.code).contains("E0133"), "\(diagnostics.map(\.message))")
    }

    /// std's own macros expand to calls the catalog refuses when written by hand
    /// (`vec!` allocates through `Box::new_uninit`): the clippy layer must not refuse them.
    @Test func standardMacrosBuildUnderTheClippyLayer() throws {
        let function = try Self.built("let v = vec![1i64, 2, 3]; let s = format!(\"{:?}\", v); Ok(Some(s.len() as i64 + v.len() as i64))",
                                      returns: "bigint")
        #expect(function.call([]).rows == [[.int(12)]])
    }

    @Test func voidReturnsOneNullRow() throws {
        let function = try Self.built("info!(\"side effect\"); Ok(Some(()))", returns: "void")
        let outcome = function.call([])
        #expect(outcome.rows == [[.null]])
        #expect(outcome.logs.map(\.level) == [17])
    }

    /// The semantic layer on its own (the syntax lints switched off): clippy's
    /// disallowed lists, made from the catalog, refuse what rustc's name
    /// resolution sees through, on the body's own lines.
    @Test func clippyRefusesWhatTheCatalogNamesWhenTheSyntaxLayerIsOff() throws {
        let toolchain = try Toolchain.resolve(.x86_64Linux, rustcOverride: nil, linkerOverride: nil)
        try #require(toolchain.clippyDriver != nil, "clippy-driver is installed with rustup's toolchain")
        let catalog = try LintCatalog.builtin().get()
        let body = "use std::mem as m;\nlet f = m::forget::<Vec<u8>>;\nf(vec![1]);\nprintln!(\"x\");\nOk(Some(1))"
        let source = SourceFile(path: "body.rs", text: body)
        var request = CompileRequest(spec: try FunctionSpec.make(name: "f", oid: nil, arguments: [], returns: "integer", strict: false),
                                     body: source, targets: [.x86_64Linux],
                                     outputDirectory: Self.scratch.appendingPathComponent(UUID().uuidString),
                                     cacheDirectory: Self.scratch.appendingPathComponent("cache"),
                                     compileLints: catalog.lints.map(\.name) + CompileRequest.defaultBackendLints)
        request.runsSyntaxLints = false
        guard case .rejected(let diagnostics) = try Compilation.compile(request, catalog: catalog) else {
            Issue.record("clippy let the body through")
            return
        }
        #expect(diagnostics.map(\.code) == ["clippy::disallowed_methods", "clippy::disallowed_macros"])
        #expect(diagnostics.compactMap(\.primarySpan).map { source.location(ofByte: $0.start).line } == [2, 4])
        // A clean body builds with the layer on, and the artifact records it.
        let (host, _) = try Self.build("Ok(Some(1))", returns: "integer")
        #expect(host != nil)
    }

    @Test func clippyConfigurationListsFunctionsAndMacrosOnly() throws {
        let catalog = try LintCatalog.builtin().get()
        let text = ClippyLayer.configuration(for: catalog.lints)
        #expect(text.contains(#"{ path = "std::mem::forget", reason = "refused by plrustc (plrust_leaky)" },"#))
        #expect(text.contains(#"{ path = "std::println", reason = "refused by plrustc (plrust_print_macros)" },"#))
        #expect(!text.contains(#"path = "std::fs""#))
    }

    /// PL/Rust's trigger example: the dog table's `scritches` counted up on INSERT and UPDATE.
    @Test func triggersReadAndChangeTheRow() throws {
        let body = """
            let tg_op = trigger.op()?;
            let my_row = match tg_op {
                INSERT => trigger.new().unwrap(),
                _ => trigger.old().unwrap(),
            };
            let mut my_row = my_row.into_owned();
            let counter_field = "scritches";
            match my_row.get_by_name::<i32>(counter_field)? {
                Some(val) => my_row.set_by_name(counter_field, val + 1)?,
                None => (),
            }
            notice!("{} on {}.{} ({:?}, {:?})", trigger.name(), trigger.table_schema(), trigger.table_name(),
                    trigger.when()?, trigger.extra_args());
            if my_row.get_by_name::<String>("name")?.as_deref() == Some("skip") { return Ok(None); }
            Ok(Some(my_row))
            """
        let function = try Self.built(body, returns: "trigger")
        let columns: [(name: String, type: SQLType)] = [("id", .integer), ("name", .text), ("scritches", .integer)]
        var insert = FunctionHost.TriggerCall(event: 1, columns: columns, old: nil, new: [.int(1), .text("Nami"), .int(0)])
        insert.name = "dog_trigger"
        insert.table = "dog"
        insert.schema = "plrust"
        insert.arguments = ["a", "b"]
        let inserted = function.callTrigger(insert)
        #expect(inserted.error == nil)
        #expect(inserted.rows == [[.int(1), .text("Nami"), .int(1)]])
        #expect(inserted.logs.map(\.message) == ["dog_trigger on plrust.dog (Before, [\"a\", \"b\"])"])
        let update = FunctionHost.TriggerCall(event: 2, columns: columns, old: [.int(1), .text("Nami"), .int(1)],
                                              new: [.int(1), .text("Nami"), .int(1)])
        #expect(function.callTrigger(update).rows == [[.int(1), .text("Nami"), .int(2)]])
        // NULL in the counter stays NULL; a NULL result reports no row.
        let nullCounter = FunctionHost.TriggerCall(event: 1, columns: columns, old: nil, new: [.int(2), .text("Kona"), .null])
        #expect(function.callTrigger(nullCounter).rows == [[.int(2), .text("Kona"), .null]])
        let skipped = FunctionHost.TriggerCall(event: 1, columns: columns, old: nil, new: [.int(3), .text("skip"), .int(0)])
        #expect(function.callTrigger(skipped).rows.isEmpty)
        // A column of another type than asked for is an error, not a crash.
        let wrongType: [(name: String, type: SQLType)] = [("id", .integer), ("name", .text), ("scritches", .bigint)]
        let failed = function.callTrigger(FunctionHost.TriggerCall(event: 1, columns: wrongType, old: nil,
                                                                    new: [.int(1), .text("Nami"), .int(0)]))
        #expect(failed.error == "column `scritches` is bigint, not integer")
    }

    @Test func triggerRowsHoldArrays() throws {
        let function = try Self.built("""
            let mut row = trigger.new().unwrap();
            let mut tags = row.get_by_name::<Vec<Option<String>>>("tags")?.unwrap_or_default();
            tags.push(Some(trigger.table_name()));
            row.set_by_name("tags", tags)?;
            Ok(Some(row))
            """, returns: "trigger")
        var call = FunctionHost.TriggerCall(event: 1, columns: [("tags", .array(.text))], old: nil,
                                            new: [.array([.text("a"), .null])])
        call.table = "notes"
        #expect(function.callTrigger(call).rows == [[.array([.text("a"), .null, .text("notes")])]])
    }

    @Test func triggerFunctionsTakeNoArguments() {
        #expect(throws: SpecError.self) {
            try FunctionSpec.make(name: "t", oid: nil, arguments: ["a integer"], returns: "trigger", strict: false)
        }
    }

    /// `--emit obj`: one relocatable object that a host links with only the C
    /// library and libgcc's unwinder, and that then runs like the shared library.
    @Test func theObjectLinksIntoAWorkingLibrary() throws {
        let spec = try FunctionSpec.make(name: "twice", oid: nil, arguments: ["n integer"], returns: "integer", strict: true)
        let output = Self.scratch.appendingPathComponent(UUID().uuidString)
        let catalog = try LintCatalog.builtin().get()
        var request = CompileRequest(spec: spec, body: SourceFile(path: "body.rs", text: "Ok(Some(n * 2))"), targets: [.x86_64Linux],
                                     outputDirectory: output, cacheDirectory: Self.scratch.appendingPathComponent("cache"),
                                     compileLints: catalog.lints.map(\.name) + CompileRequest.defaultBackendLints)
        request.emitObject = true
        guard case .built(_, let artifacts, _) = try Compilation.compile(request, catalog: catalog),
              let object = artifacts.first?.object else {
            Issue.record("no object built")
            return
        }
        let objectPath = output.appendingPathComponent(object.path).path
        let bytes = try #require(FileManager.default.contents(atPath: objectPath))
        #expect(UInt16(bytes[16]) | UInt16(bytes[17]) << 8 == 1)  // ET_REL
        #expect(try ArtifactMetadata.read(Array(bytes)).function == "twice")
        let library = output.appendingPathComponent("linked.so").path
        let linked = ProcessRunner.run("cc", ["-shared", "-o", library, objectPath, "-lgcc_s", "-lpthread", "-ldl", "-lm"])
        #expect(linked.status == 0, "\(linked.errorText)")
        let function = try FunctionHost(library: library, symbol: spec.entrySymbol, arguments: [.integer])
        #expect(function.call([.int(21)]).rows == [[.int(42)]])
    }
}
