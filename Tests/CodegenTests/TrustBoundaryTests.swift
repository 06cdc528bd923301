import Diagnostics
import Foundation
import Testing
@testable import Codegen

/// What holds by construction, with the syntax lints switched off: the body
/// lives in a crate of its own, the entry point is unsafe to call, the
/// generated code names everything by absolute paths, and the runtime's safe
/// items are sound for any argument and any sequence of calls.
@Suite("Trust boundary", .serialized)
struct TrustBoundaryTests {
    /// Compiler error codes of a body that must not build.
    static func refusal(_ body: String, returns: String = "bigint") throws -> [String] {
        let (host, diagnostics) = try CompileAndCallTests.build(body, returns: returns, syntaxLints: false)
        #expect(host == nil, "the body built")
        return diagnostics.filter { $0.level == .error }.compactMap(\.code)
    }

    /// Paths that leave the body reach its own crate's root, which holds
    /// nothing but the body's function: the entry point is not there.
    @Test func pathsOutOfTheBodyReachNoGeneratedCode() throws {
        for path in ["crate::plrustc_entry_name_f", "super::plrustc_entry_name_f", "self::plrustc_entry_name_f"] {
            let codes = try Self.refusal("let entry = \(path);\nOk(Some(1))")
            // E0425: not found in the crate root; E0433: `super` past the crate root.
            #expect(!codes.isEmpty && codes.allSatisfy { ["E0425", "E0433"].contains($0) }, "\(path): \(codes)")
        }
        let renamed = try Self.refusal("extern crate self as me;\nlet entry = me::plrustc_entry_name_f;\nOk(Some(1))")
        #expect(renamed.contains("E0425"), "\(renamed)")
        // The entry crate is no dependency of the body's crate.
        let entryCrate = try Self.refusal("let entry = plrust_fn_name_f::plrustc_entry_name_f;\nOk(Some(1))")
        #expect(entryCrate.contains("E0433"), "\(entryCrate)")
    }

    /// The runtime's entry machinery takes raw pointers, so it is `unsafe`, which the user crate forbids.
    @Test func theRuntimesCallMachineryNeedsUnsafe() throws {
        let body = """
            static ORIGIN: plrustc_runtime::Origin = plrustc_runtime::Origin { file: "", first_line: 0, body_line: 0 };
            let status = plrustc_runtime::run(std::ptr::null(), std::ptr::null(), 0, &[], &ORIGIN, &mut |_, _| Ok(()));
            Ok(Some(status as i64))
            """
        #expect(try Self.refusal(body).contains("E0133"))
    }

    /// A `#[macro_export]` macro of the body's cannot stand in for std's `vec!` in the entry point.
    @Test func bodyMacrosCannotShadowWhatTheEntryPointNames() throws {
        let body = """
            #[macro_export]
            macro_rules! vec { ($($t:tt)*) => { compile_error!("the body's vec! was used") } }
            #[macro_export]
            macro_rules! into_out_or_null { ($($t:tt)*) => { compile_error!("shadowed") } }
            Ok(Some(41 + 1))
            """
        let function = try CompileAndCallTests.built(body, returns: "bigint", syntaxLints: false)
        #expect(function.call([]).rows == [[.int(42)]])
    }

    /// The log levels a body can name stop at WARNING: ERROR and above would
    /// reach `ereport`, which jumps across the body's frames.
    @Test func logLevelsStopAtWarning() throws {
        #expect(try Self.refusal("plrustc_runtime::__log(21, String::from(\"x\"));\nOk(Some(1))").contains("E0308"))
        #expect(try Self.refusal("plrustc_runtime::__log(plrustc_runtime::level::ERROR, String::new());\nOk(Some(1))").contains("E0425"))
        let function = try CompileAndCallTests.built("plrustc_runtime::__log(plrustc_runtime::level::WARNING, String::from(\"w\"));\nOk(Some(1))",
                                                     returns: "bigint")
        #expect(function.call([]).logs.map(\.level) == [19])
    }

    /// A row kept from one trigger call (in a static) and returned from a
    /// later one, on a table of another shape, is refused with an error.
    @Test func triggerRowsBelongToTheirCall() throws {
        let body = """
            static KEPT: std::sync::Mutex<Option<TriggerRow>> = std::sync::Mutex::new(None);
            let mut kept = KEPT.lock().unwrap();
            match kept.take() {
                None => {
                    *kept = trigger.new();
                    Ok(trigger.new())
                }
                Some(old) => Ok(Some(old)),
            }
            """
        let function = try CompileAndCallTests.built(body, returns: "trigger")
        let first = FunctionHost.TriggerCall(event: 1, columns: [("name", .text)], old: nil, new: [.text("kept")])
        #expect(function.callTrigger(first).rows == [[.text("kept")]])
        let other = FunctionHost.TriggerCall(event: 1, columns: [("a", .bigint), ("b", .bigint)], old: nil, new: [.int(1), .int(2)])
        let outcome = function.callTrigger(other)
        #expect(outcome.rows.isEmpty)
        #expect(outcome.error?.hasPrefix("the trigger returned a row that was made in another call") == true, "\(outcome.error ?? "")")
        // Even on the same table, a row from another call is not the row of this one.
        #expect(function.callTrigger(first).rows == [[.text("kept")]])
        #expect(function.callTrigger(first).error?.hasPrefix("the trigger returned a row that was made in another call") == true)
    }
}

/// Every build is bounded: the body controls a compiler on the database
/// server. (The syntax lints are off: they refuse `allow(long_running_const_eval)`
/// before anything is built; here the limits themselves are shown.)
@Suite("Build limits", .serialized)
struct BuildLimitTests {
    static func stopped(_ body: String, _ limits: BuildLimits) throws -> String? {
        let started = Date()
        let (host, diagnostics) = try CompileAndCallTests.build(body, returns: "bigint", syntaxLints: false, limits: limits)
        #expect(host == nil)
        // Stopped at the limit, not at rustc's own: well before the test's patience runs out.
        #expect(Date().timeIntervalSince(started) < 60)
        return diagnostics.first { $0.message.hasPrefix("building this function was stopped: ") }?.message
    }

    @Test func endlessConstEvaluationIsStoppedAtTheCPULimit() throws {
        var limits = BuildLimits()
        limits.cpuSeconds = 2
        let body = """
            #[allow(long_running_const_eval)]
            const N: u64 = { let mut i = 0u64; let mut x = 1u64; while i < u64::MAX { x = x.wrapping_mul(3); i += 1; } x };
            Ok(Some(N as i64))
            """
        let message = try Self.stopped(body, limits)
        #expect(message?.contains("s of CPU time") == true, "\(message ?? "not stopped")")
    }

    @Test func aHugeConstantIsStoppedAtTheMemoryLimit() throws {
        var limits = BuildLimits()
        limits.memoryBytes = 768 << 20
        let message = try Self.stopped("const BIG: [u8; 1 << 33] = [7u8; 1 << 33];\nOk(Some(BIG[5] as i64))", limits)
        #expect(message == "building this function was stopped: the build used more than 768 MB of memory")
    }

    @Test func largeFilesAndLibrariesAreRefused() throws {
        let body = "static DATA: [u8; 16 << 20] = [1u8; 16 << 20];\nOk(Some(std::hint::black_box(&DATA)[3] as i64))"
        var files = BuildLimits()
        files.fileBytes = 4 << 20
        let file = try Self.stopped(body, files)
        let again = try CompileAndCallTests.build(body, returns: "bigint", syntaxLints: false, limits: files).1.map(\.message)
        #expect(file == "building this function was stopped: the build wrote a file larger than 4 MB", "\(again)")
        var libraries = BuildLimits()
        libraries.artifactBytes = 8 << 20
        let library = try Self.stopped(body, libraries)
        #expect(library?.hasSuffix("more than 8 MB") == true, "\(library ?? "not stopped")")
    }
}
