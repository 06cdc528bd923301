import Testing
import TOML

@Suite("Spans and the convenience API")
struct SpanTests {
    static let body = """
    [dependencies]
    rand = "0.8"
    serde = { version = "1.0", features = ["derive"] }
    [dependencies.aes]
    version = '0.8.2'
    """

    @Test func keysAndValuesKnowWhereTheyAre() throws {
        let document = try TOMLDocument.parse(SpanTests.body).get()
        let dependencies = try #require(document.table["dependencies"]?.table)
        let rand = try #require(dependencies.entry(for: "rand"))
        #expect(rand.keySpan == TOMLSpan(start: 15, end: 19, line: 2, column: 1))
        #expect(rand.value.span == TOMLSpan(start: 22, end: 27, line: 2, column: 8))
        #expect(rand.value.string == "0.8")

        let serde = try #require(dependencies["serde"])
        #expect(serde.span.line == 3 && serde.span.column == 9)
        let features = try #require(serde["features"]?.array)
        #expect(features.first?.span == TOMLSpan(start: 67, end: 75, line: 3, column: 40))

        let aes = try #require(dependencies["aes"])
        // A table from a header spans the header.
        #expect(aes.span == TOMLSpan(start: 79, end: 97, line: 4, column: 1))
        #expect(aes["version"]?.span.line == 5)
        #expect(document.table.entry(for: "dependencies")?.keySpan.column == 2)
    }

    @Test func columnsCountScalars() throws {
        let root = try table("\"é🎉\" = 'ü'   # x\nb = 1")
        #expect(root["é🎉"]?.span.column == 8)
        #expect(root["é🎉"]?.span.start == 11)
        #expect(root["b"]?.span.line == 2)
    }

    @Test func errorsKnowWhereTheyAre() {
        let found = errors("a = 1\n[t]\nb = 2\nb = 3\n")
        let error = found.first
        #expect(error?.line == 4 && error?.column == 1)
        #expect(error?.earlierDefinition?.line == 3)
        #expect(error?.description == "line 4, column 1: duplicate key `b`")

        let syntax = errors("x = 1\ny = [1,\n  2 3]")
        #expect(syntax.first?.line == 3 && syntax.first?.column == 5)
        #expect(syntax.first?.span.range == 18..<19)
    }

    @Test func aTableDefinedTwicePointsAtTheFirst() {
        let found = errors("[a]\nx = 1\n\n[a]\n")
        #expect(found.first?.line == 4)
        #expect(found.first?.earlierDefinition == TOMLSpan(start: 0, end: 3, line: 1, column: 1))
    }

    @Test func accessorsReturnNilForOtherKinds() throws {
        let root = try table("s = 'x'\ni = 1\nf = 1.5\nb = true\nd = 2000-01-01\nt = 10:00:00\nl = 2000-01-01T10:00:00\no = 2000-01-01T10:00:00Z\na = [1]\nh = {}")
        #expect(root["s"]?.integer == nil && root["s"]?.string == "x")
        #expect(root["i"]?.float == nil && root["i"]?.integer == 1)
        #expect(root["f"]?.float == 1.5)
        #expect(root["b"]?.bool == true && root["b"]?.string == nil)
        #expect(root["d"]?.localDate != nil && root["d"]?.localDateTime == nil)
        #expect(root["t"]?.localTime != nil)
        #expect(root["l"]?.localDateTime != nil && root["l"]?.offsetDateTime == nil)
        #expect(root["o"]?.offsetDateTime != nil)
        #expect(root["a"]?.table == nil && root["a"]?.array?.count == 1)
        #expect(root["h"]?.array == nil && root["h"]?.table?.isEmpty == true)
        #expect(root["i"]?["x"] == nil)
        #expect(root["missing"] == nil)
        #expect(root.value(at: []) == nil)
        let kinds = ["s", "i", "f", "b", "d", "t", "l", "o", "a", "h"].compactMap { root[$0]?.kindDescription }
        #expect(kinds == ["a string", "an integer", "a float", "a boolean", "a local date", "a local time",
                          "a local date-time", "an offset date-time", "an array", "an inline table"])
    }

    @Test func documentSubscriptAndEntryOrder() throws {
        let document = try TOMLDocument.parse("z = 1\n[y]\n[x.w]\na = 2").get()
        #expect(document["z"]?.integer == 1)
        #expect(document.table.keys == ["z", "y", "x"])
        #expect(document.table.definition == .root)
        #expect(document.table.count == 3)
    }
}
