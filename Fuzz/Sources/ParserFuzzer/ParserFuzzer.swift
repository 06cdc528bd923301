import Diagnostics
import RustSyntax

/// libFuzzer's entry point: parse the input in every edition, as a crate
/// file and as a PL/Rust body, and dump each tree so the tree walk is
/// exercised too. Any crash, trap or stack overflow is a bug.
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
            for diagnostic in tree.diagnostics {
                if let span = diagnostic.primarySpan {
                    checksum &+= source.location(ofByte: span.start).column
                }
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
