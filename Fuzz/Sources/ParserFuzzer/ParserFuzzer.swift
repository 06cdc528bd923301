import Diagnostics
import RustSyntax

/// libFuzzer's entry point: parse the input in every edition, as a crate
/// file and as a PL/Rust body, dump each tree and render each diagnostic
/// (human and JSON) so the tree walk and the renderers are exercised too. Any crash, trap or stack overflow is a bug.
///
/// The parse runs on libFuzzer's own thread, not in `withLargeStack`: the
/// parser must bound its own depth, whatever stack its caller has.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = SourceFile(path: "fuzz.rs", bytes: Array(UnsafeBufferPointer(start: data, count: size)))
    for edition in Edition.allCases {
        for mode in [ParseMode.crate, .body] {
            let tree = RustParser.parse(source, edition: edition, mode: mode)
            // Touch every diagnostic span and the dump so nothing is skipped.
            var checksum = tree.dump().utf8.count
            // Rendering costs far more than parsing: render a few per input so
            // the fuzzer keeps its pace (the renderers have their own tests).
            for diagnostic in tree.diagnostics.prefix(3) {
                if let span = diagnostic.primarySpan {
                    checksum &+= source.location(ofByte: span.start).column
                }
                // The renderers see the same untrusted text.
                checksum &+= HumanRenderer().render(diagnostic, in: source).utf8.count
                checksum &+= JSONRenderer().render(diagnostic, in: source).utf8.count
            }
            blackHole(checksum)
        }
    }
    return 0
}

/// Keeps a value alive so the optimiser cannot drop the work that made it.
@inline(never)
func blackHole(_ value: Int) {
    _ = value
}
