import Foundation

/// The record every artifact carries of how it was built (embedded by the
/// wrapper crate as `plrustc-metadata-v1:{json}` and a NUL byte).
public struct ArtifactMetadata: Sendable, Equatable {
    public let function: String
    public let target: String
    public let bodySHA256: String
    public let lints: [String]

    static let marker = Array("plrustc-metadata-v1:".utf8)

    /// Finds and reads the record in an artifact's bytes. Every copy of the
    /// marker must carry the same record: an artifact with two different
    /// records is refused rather than trusted on one of them.
    public static func read(_ bytes: [UInt8]) throws(SpecError) -> ArtifactMetadata {
        var records: [ArtifactMetadata] = []
        var index = 0
        while let found = find(marker, in: bytes, from: index) {
            let start = found + marker.count
            guard let end = bytes[start...].firstIndex(of: 0) else { break }
            struct Fields: Decodable {
                let function: String
                let target: String
                let body_sha256: String
                let lints: [String]
            }
            if let fields = try? JSONDecoder().decode(Fields.self, from: Data(bytes[start..<end])) {
                records.append(ArtifactMetadata(function: fields.function, target: fields.target,
                                                bodySHA256: fields.body_sha256, lints: fields.lints))
            }
            index = end
        }
        guard let first = records.first else { throw SpecError("no plrustc record in the file: it was not built by plrustc compile") }
        guard records.allSatisfy({ $0 == first }) else { throw SpecError("the file carries conflicting plrustc records") }
        return first
    }

    /// The required lints this artifact was not built with, in the order given.
    public func missing(_ required: [String]) -> [String] {
        let applied = Set(lints)
        return required.filter { !applied.contains($0) }
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var index = start
        let last = haystack.count - needle.count
        while index <= last {
            guard let candidate = haystack[index...last].firstIndex(of: first) else { return nil }
            if haystack[candidate..<candidate + needle.count].elementsEqual(needle) { return candidate }
            index = candidate + 1
        }
        return nil
    }
}
