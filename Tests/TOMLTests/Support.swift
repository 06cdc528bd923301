import TOML

/// The root table of a valid text; throws the errors of an invalid one (failing the test).
func table(_ text: String) throws -> TOMLTable {
    try TOMLDocument.parse(text).get().table
}

/// The value of `key` in the root table of a valid text.
func value(_ text: String, _ key: String = "a") throws -> TOMLValue? {
    try table(text)[key]
}

/// The errors for an invalid text; empty for a valid one.
func errors(_ text: String) -> [TOMLError] {
    errors(Array(text.utf8))
}

func errors(_ bytes: [UInt8]) -> [TOMLError] {
    switch TOMLDocument.parse(bytes) {
    case .success: return []
    case .failure(let failure): return failure.errors
    }
}

/// The messages of the errors for a text.
func messages(_ text: String) -> [String] { errors(text).map(\.message) }

/// True if the text is rejected with a message containing `fragment`.
func rejects(_ text: String, saying fragment: String) -> Bool {
    messages(text).contains { $0.contains(fragment) }
}

func isValid(_ text: String) -> Bool { errors(text).isEmpty }

/// A deterministic pseudo-random generator, so failures can be reproduced.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
