import Dependencies
import Diagnostics
import TOML

/// libFuzzer's entry point for the TOML reader: parse the input, then walk
/// every value and error so that the whole result is built and touched. A
/// crash, trap, stack overflow, timeout or runaway memory use is a bug.
///
/// The parse runs on libFuzzer's own thread: the reader's nesting limit, not
/// a large stack, must keep it safe.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var checksum = 0
    switch TOMLDocument.parse(bytes) {
    case .success(let document):
        checksum = walk(TOMLValue(.table(document.table), span: TOMLSpan(start: 0, end: size, line: 1, column: 1)))
    case .failure(let failure):
        for error in failure.errors {
            checksum &+= error.description.utf8.count &+ error.span.end &+ (error.earlierDefinition?.line ?? 0)
        }
    }
    // The same bytes as an allow-list, and as a body's `[dependencies]` checked against one.
    if let allowList = try? AllowList(parsing: bytes) {
        checksum &+= allowList.rows.count
        let source = SourceFile(path: "fuzz.rs", bytes: bytes)
        checksum &+= DependencyCheck.check(Span(start: 0, end: size), in: source, allowList: allowList).diagnostics.count
    } else {
        let source = SourceFile(path: "fuzz.rs", bytes: bytes)
        checksum &+= DependencyCheck.check(Span(start: 0, end: size), in: source, allowList: nil).resolved.count
    }
    blackHole(checksum)
    return 0
}

/// Visits a value and everything inside it (depth is bounded by the reader's limit).
func walk(_ value: TOMLValue) -> Int {
    var total = value.span.start &+ value.span.column &+ value.kindDescription.utf8.count
    switch value.kind {
    case .table(let table):
        for entry in table.entries {
            total &+= entry.keySpan.line &+ entry.key.utf8.count &+ walk(entry.value)
        }
    case .array(let elements):
        for element in elements { total &+= walk(element) }
    case .string(let text): total &+= text.utf8.count
    case .integer(let number): total &+= Int(truncatingIfNeeded: number)
    case .float(let number): total &+= number.isNaN ? 1 : 0
    case .boolean(let flag): total &+= flag ? 1 : 0
    case .offsetDateTime(let dateTime): total &+= dateTime.offsetMinutes &+ dateTime.text.utf8.count
    case .localDateTime(let dateTime): total &+= dateTime.time.nanosecond &+ dateTime.date.day
    case .localDate(let date): total &+= date.year
    case .localTime(let time): total &+= time.second
    }
    return total
}

/// Keeps a value alive so the optimiser cannot drop the work that made it.
@inline(never)
func blackHole(_ value: Int) {
    _ = value
}
