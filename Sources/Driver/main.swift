// Scratch driver (replaced by the real CLI).
import Diagnostics
import RustSyntax
#if canImport(Glibc)
import Glibc
#endif

var mode = ParseMode.body
var edition = Edition.e2021
var dump = false
var files: [String] = []
var args = Array(CommandLine.arguments.dropFirst())
if args.first == "parse" { args.removeFirst() }
var i = 0
while i < args.count {
    let a = args[i]
    if a == "--crate" { mode = .crate } else if a == "--dump" { dump = true } else if a == "--edition" { i += 1; edition = Edition(args[i]) ?? .e2021 } else { files.append(a) }
    i += 1
}
var failed = 0
let code: Int32 = withLargeStack {
    for path in files {
        guard let f = fopen(path, "rb") else { print("cannot open \(path)"); continue }
        var bytes: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 65536)
        while true { let n = fread(&buf, 1, buf.count, f); if n <= 0 { break }; bytes += buf[0..<n] }
        fclose(f)
        let file = SourceFile(path: path, bytes: bytes)
        let tree = RustParser.parse(file, edition: edition, mode: mode)
        if dump { print(tree.dump(), terminator: "") }
        if tree.hasErrors { failed += 1 }
        for d in tree.diagnostics {
            let loc = file.location(ofByte: d.primarySpan?.start ?? 0)
            print("\(path):\(loc.line):\(loc.column): \(d.level): \(d.message)")
        }
    }
    return failed > 0 ? 1 : 0
}
exit(code)
