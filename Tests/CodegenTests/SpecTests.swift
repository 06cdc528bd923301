import BuiltinLintCatalog
import Diagnostics
import Foundation
import Lints
import Testing
@testable import Codegen

@Suite("Function specs and values")
struct SpecTests {
    @Test func typesParseAsPostgreSQLWritesThem() {
        #expect(SQLType(parsing: "INTEGER") == .integer)
        #expect(SQLType(parsing: "int4") == .integer)
        #expect(SQLType(parsing: "double   precision") == .doublePrecision)
        #expect(SQLType(parsing: "varchar(20)") == .varchar)
        #expect(SQLType(parsing: "character varying") == .varchar)
        #expect(SQLType(parsing: "\"char\"") == .char)
        #expect(SQLType(parsing: "text[]") == .array(.text))
        #expect(SQLType(parsing: "int[][]") == nil)
        #expect(SQLType(parsing: "numeric") == nil)
        #expect(SQLType(parsing: "void[]") == nil)
    }

    @Test func returnsClauses() throws {
        #expect(try FunctionSpec.parseReturns("SETOF text") == .setOf(.text))
        #expect(try FunctionSpec.parseReturns("TABLE (count int, word text)")
                    == .table([.init(name: "count", type: .integer), .init(name: "word", type: .text)]))
        #expect(try FunctionSpec.parseReturns("trigger") == .trigger)
        #expect(throws: SpecError.self) { try FunctionSpec.parseReturns("TABLE ()") }
        #expect(throws: SpecError.self) { try FunctionSpec.parseReturns("money") }
    }

    @Test func unsupportedTypesAndBadNamesAreNamedInTheError() {
        #expect(throws: SpecError("argument `t` has type `timestamp`, which plrustc does not support")) {
            try FunctionSpec.make(name: "f", oid: nil, arguments: ["t timestamp"], returns: "int", strict: false)
        }
        #expect(throws: SpecError("argument name `fn` is not usable as a Rust identifier")) {
            try FunctionSpec.make(name: "f", oid: nil, arguments: ["fn int"], returns: "int", strict: false)
        }
        #expect(throws: SpecError("argument `a` is declared twice")) {
            try FunctionSpec.make(name: "f", oid: nil, arguments: ["a int", "a text"], returns: "int", strict: false)
        }
        #expect(throws: SpecError.self) { try FunctionSpec.make(name: "f", oid: "1:x", arguments: [], returns: "int", strict: false) }
    }

    @Test func jsonSpecs() throws {
        let json = #"{"name": "lower", "oid": "1:2", "args": [{"name": "s", "type": "text"}], "returns": "text", "strict": true}"#
        let spec = try FunctionSpec.decode(json: Data(json.utf8))
        #expect(spec.rustFunctionName == "plrust_fn_oid_1_2")
        #expect(spec.strict)
        #expect(spec.arguments == [.init(name: "s", type: .text)])
        #expect(throws: SpecError("the spec has an unknown field `strictness`")) {
            try FunctionSpec.decode(json: Data(#"{"name": "f", "returns": "int", "strictness": true}"#.utf8))
        }
        #expect(throws: SpecError.self) { try FunctionSpec.decode(json: Data(#"{"name": "f", "returns": "int", "strict": 1}"#.utf8)) }
        #expect(throws: SpecError.self) { try FunctionSpec.decode(json: Data("[]".utf8)) }
    }

    @Test func sqlLiterals() throws {
        #expect(try SQLValue(literal: "NULL", as: .text) == .null)
        #expect(try SQLValue(literal: "'it''s'", as: .text) == .text("it's"))
        #expect(try SQLValue(literal: "42", as: .smallint) == .int(42))
        #expect(throws: SpecError.self) { try SQLValue(literal: "40000", as: .smallint) }
        #expect(try SQLValue(literal: "t", as: .bool) == .bool(true))
        #expect(try SQLValue(literal: "'\\x0aff'", as: .bytea) == .bytes([0x0A, 0xFF]))
        #expect(try SQLValue(literal: "{1, NULL ,3}", as: .array(.integer)) == .array([.int(1), .null, .int(3)]))
        #expect(try SQLValue(literal: "'{\"a b\",NULL,\"NULL\"}'", as: .array(.text)) == .array([.text("a b"), .null, .text("NULL")]))
        #expect(throws: SpecError.self) { try SQLValue(literal: "{{1}}", as: .array(.integer)) }
        #expect(SQLValue.array([.text("a b"), .null, .int(1)]).description == "{\"a b\",NULL,1}")
        #expect(SQLValue.real(0.1).description == "0.1")
    }

    @Test func sha256KnownAnswers() {
        #expect(SHA256.hex(Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let million = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256.hex(million) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func wrapperKeepsTheBodyVerbatimInACrateOfItsOwn() {
        let spec = FunctionSpec(name: "f", oid: .init(database: 1, function: 2), arguments: [.init(name: "s", type: .text)],
                                returns: .value(.text), strict: false)
        let code = "let x = \"}\"; Ok(s.map(String::from))\n"
        let wrapper = WrapperCrate(spec: spec, code: code, bodyLine: 3, forbiddenLints: ["unsafe_code"], metadata: "{}",
                                   userPath: "plrustc/f.rs")
        let bytes = Array(wrapper.userSource.utf8)
        #expect(String(decoding: bytes[wrapper.codeOffset..<wrapper.codeOffset + wrapper.codeLength], as: UTF8.self) == code)
        // The lints are forbidden at the user crate's root, and nothing but the function is there to reach.
        #expect(wrapper.userSource.contains("\n#![forbid(unsafe_code)]\n"))
        #expect(wrapper.userSource.contains("pub fn plrust_fn_oid_1_2<'a>(s: ::core::option::Option<&'a str>) -> ::core::result::Result<::core::option::Option<String>,"))
        #expect(!wrapper.userSource.contains("no_mangle") && !wrapper.userSource.contains("extern \"C\""))
        // The entry point is unsafe to call and names what it calls by absolute paths.
        #expect(wrapper.entrySource.contains("pub unsafe extern \"C\" fn plrustc_entry_oid_1_2("))
        #expect(wrapper.entrySource.contains("::plrust_user::plrust_fn_oid_1_2(s)?"))
        #expect(wrapper.entrySource.contains("__plrustc_sink.row(::std::vec![::plrustc_runtime::IntoOutOrNull::into_out_or_null(result)]);"))
        #expect(wrapper.entrySource.contains("plrustc-metadata-v1:{}\\x00"))
    }

    @Test func generatedLiteralsAreEscaped() {
        #expect(RustWriter.string("a\"b\\c\n\u{e9}") == #""a\"b\\c\u{a}\u{e9}""#)
        #expect(RustWriter.byteString("\"\u{0}") == #"b"\"\x00""#)
        #expect(TOMLWriter.string("x\" \npath = \"/etc\"") == #""x\" \u000apath = \"/etc\"""#)
        #expect(TOMLWriter.key("rand") == "rand")
        #expect(TOMLWriter.key("a.b\"c") == #""a.b\"c""#)
        #expect(TOMLWriter.inlineTable([("version", TOMLWriter.string("=1.0"))]) == #"{ version = "=1.0" }"#)
    }

    @Test func artifactRecordsAreFoundAndConflictsRefused() throws {
        let record = #"plrustc-metadata-v1:{"function":"f","target":"t","body_sha256":"00","lints":["a","b"]}"# + "\u{0}"
        let other = #"plrustc-metadata-v1:{"function":"f","target":"t","body_sha256":"00","lints":["a","b","c"]}"# + "\u{0}"
        let padding = [UInt8](repeating: 0x90, count: 100)
        let metadata = try ArtifactMetadata.read(padding + Array(record.utf8) + padding)
        #expect(metadata.lints == ["a", "b"])
        #expect(metadata.missing(["b", "c", "a"]) == ["c"])
        // A body that smuggles in a record of its own makes the artifact untrustworthy.
        #expect(throws: SpecError("the file carries conflicting plrustc records")) {
            try ArtifactMetadata.read(Array(record.utf8) + padding + Array(other.utf8))
        }
        #expect(throws: SpecError.self) { try ArtifactMetadata.read(padding) }
    }

    @Test func configurationFollowsPLRustsSettingNames() throws {
        let text = """
            plrust.compilation_targets = "x86_64, aarch64"
            plrust.aarch64_linker = "aarch64-linux-gnu-gcc"
            plrust.compile_lints = "plrust_leaky, unsafe_code"
            plrust.required_lints = ["plrust_leaky"]
            plrust.allowed_dependencies = "/etc/plrust/allowed.toml"

            [plrustc]
            aarch64_rustc = "/usr/bin/rustc"
            registry = "/srv/registry"
            """
        let configuration = try Configuration(parsing: Array(text.utf8))
        #expect(configuration.targets == [.x86_64Linux, .aarch64Linux])
        #expect(configuration.linkers == [.aarch64Linux: "aarch64-linux-gnu-gcc"])
        #expect(configuration.rustcs == [.aarch64Linux: "/usr/bin/rustc"])
        #expect(configuration.compileLints == ["plrust_leaky", "unsafe_code"])
        #expect(configuration.requiredLints == ["plrust_leaky"])
        #expect(configuration.allowedDependencies == "/etc/plrust/allowed.toml")
        #expect(configuration.registry == "/srv/registry")
        #expect(throws: Configuration.Invalid(line: 2, message: "unknown setting `plrust.compile_lint`")) {
            try Configuration(parsing: Array("plrust.compile_lints = \"a\"\nplrust.compile_lint = \"b\"\n".utf8))
        }
        #expect(throws: Configuration.Invalid.self) { try Configuration(parsing: Array("plrust.riscv_linker = \"x\"".utf8)) }
        #expect(throws: Configuration.Invalid.self) { try Configuration(parsing: Array("compile_lints = \"x\"".utf8)) }
    }
}

@Suite("Checking what dependencies' macros expand to")
struct ExpansionCheckTests {
    private func places(_ text: String) throws -> [String] {
        guard case .success(let catalog) = LintCatalog.builtin() else { throw SpecError("no catalog") }
        let engine = try LintEngine(catalog: catalog)
        let file = SourceFile(path: "<expansion>", text: text)
        return RustcDriver.refusals(in: file, edition: .e2021, externCrates: [], engine: engine).map { file.text($0.span) }
    }

    @Test func unsafeCodeInAnExpansionIsFound() throws {
        #expect(try places("fn f() -> u8 { unsafe { *(&1u8 as *const u8) } }") == ["unsafe { *(&1u8 as *const u8) }"])
        #expect(try places("fn f() -> u8 { let unsafe_code = 1; unsafe_code }") == [])
    }

    /// rustc's printing of an expansion is not always valid Rust; what cannot be
    /// parsed is refused, never passed unchecked; `builtin # offset_of(…)` is read as the macro call it is.
    @Test func anExpansionThatDoesNotParseIsRefused() throws {
        guard case .success(let catalog) = LintCatalog.builtin() else { throw SpecError("no catalog") }
        let engine = try LintEngine(catalog: catalog)
        func messages(_ text: String) -> [String] {
            RustcDriver.refusals(in: SourceFile(path: "<expansion>", text: RustcDriver.readable(text)), edition: .e2021,
                                 externCrates: [], engine: engine).map(\.message)
        }
        let weird = messages("fn f() -> u8 { builtin # weird; unsafe { *(&1u8 as *const u8) } }")
        #expect(weird.first?.hasPrefix("plrustc cannot read rustc's expansion of the crate") == true, "\(weird)")
        #expect(weird.contains("usage of `unsafe`"))
        #expect(messages("fn f() -> u8 { builtin # weird; \"unsafe\" }").count == 1)
        let offset = "struct P { a: u8, b: u32 }\nfn f() -> usize { builtin # offset_of(P, b) + ::std::fs::read(\"/x\").map(|v| v.len()).unwrap_or(0) }"
        #expect(messages(offset) == ["`std::fs::read` reaches the database server's file system"], "\(messages(offset))")
    }
}
