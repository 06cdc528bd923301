import Testing
import TOML

@Suite("Keys")
struct KeyTests {
    @Test func bareQuotedAndDottedKeys() throws {
        let root = try table(#"""
        bare_key-1 = 1
        1234 = 2
        "quoted key" = 3
        'literal key' = 4
        "" = 5
        a . "b.c" . 'd' = 6
        true = 7
        """#)
        #expect(root.keys == ["bare_key-1", "1234", "quoted key", "literal key", "", "a", "true"])
        #expect(root.value(at: ["a", "b.c", "d"])?.integer == 6)
        #expect(root["a"]?.table?.definition == .dottedKey)
    }

    @Test func numericLookingDottedKey() throws {
        let root = try table("3.14 = 'pi'")
        #expect(root.value(at: ["3", "14"])?.string == "pi")
    }

    @Test func duplicateKeysAreRejected() {
        #expect(rejects("a = 1\na = 2", saying: "duplicate key `a`"))
        #expect(rejects("a = 1\n\"a\" = 2", saying: "duplicate key `a`"))
        #expect(rejects("\"\\u0061\" = 1\na = 2", saying: "duplicate key `a`"))
        #expect(rejects("a.b = 1\na.b = 2", saying: "duplicate key `a.b`"))
        #expect(rejects("a.b = 1\na = 2", saying: "duplicate key `a`"))
        #expect(rejects("a = 1\na.b = 2", saying: "already defined as an integer"))
        #expect(isValid("key = 1\nKey = 2"))
    }

    @Test func malformedKeys() {
        #expect(rejects(" = 1", saying: "expected a key"))
        #expect(rejects("a..b = 1", saying: "expected a key"))
        #expect(rejects("a. = 1", saying: "expected a key"))
        #expect(rejects("a b = 1", saying: "expected `=` after the key `a`"))
        #expect(rejects("\"\"\"a\"\"\" = 1", saying: "multi-line string cannot be a key"))
        #expect(rejects("'''a''' = 1", saying: "multi-line string cannot be a key"))
        #expect(rejects("ключ = 1", saying: "expected a key, a table header or a comment"))
        #expect(rejects("a =", saying: "expected a value, found the end of the text"))
        #expect(rejects("a =\n1", saying: "expected a value, found the end of the line"))
        #expect(rejects("a = 1 b = 2", saying: "expected the end of the line after the value"))
    }
}

@Suite("Arrays and inline tables")
struct ContainerTests {
    @Test func arrays() throws {
        let root = try table("""
        a = [1, 'two', 3.0, [4], { five = 5 }]
        b = [
          1, # one
          # nothing
          2,
        ]
        c = []
        """)
        let a = try #require(root["a"]?.array)
        #expect(a.count == 5)
        #expect(a[1].string == "two")
        #expect(a[3].array?.first?.integer == 4)
        #expect(a[4]["five"]?.integer == 5)
        #expect(root["b"]?.array?.compactMap(\.integer) == [1, 2])
        #expect(root["c"]?.array?.isEmpty == true)
    }

    @Test func malformedArrays() {
        #expect(rejects("a = [,]", saying: "expected a value, found `,`"))
        #expect(rejects("a = [1,,2]", saying: "expected a value, found `,`"))
        #expect(rejects("a = [1 2]", saying: "expected `,` or `]`"))
        #expect(rejects("a = [1, 2", saying: "expected `,` or `]` after an array element, found the end of the text"))
        #expect(rejects("a = [1, 2\n", saying: "found the end of the text"))
    }

    @Test func inlineTables() throws {
        let root = try table("a = { x = 1, y.z = 2, w = { v = [ { u = 3 } ] } }\nb = {}")
        let a = try #require(root["a"]?.table)
        #expect(a.definition == .inline)
        #expect(a.keys == ["x", "y", "w"])
        #expect(a.value(at: ["y", "z"])?.integer == 2)
        #expect(a["w"]?["v"]?.array?.first?["u"]?.integer == 3)
        #expect(root["b"]?.table?.isEmpty == true)
        // Values inside may span lines; the table itself may not.
        #expect(isValid("a = { b = [\n1,\n2], c = \"\"\"\nx\"\"\" }"))
    }

    @Test func malformedInlineTables() {
        #expect(rejects("a = { b = 1, }", saying: "trailing comma"))
        #expect(rejects("a = { b = 1 c = 2 }", saying: "expected `,` or `}`"))
        #expect(rejects("a = {\n b = 1 }", saying: "expected a key"))
        #expect(rejects("a = { b = 1\n}", saying: "closed on the line it starts"))
        #expect(rejects("a = { b = 1 # no\n}", saying: "closed on the line it starts"))
        #expect(rejects("a = { b = 1, b = 2 }", saying: "duplicate key `b`"))
        #expect(rejects("a = { b = { c = 1 }, b.d = 2 }", saying: "inline table, which is complete"))
        #expect(rejects("a = { b = [1], b.c = 2 }", saying: "array value, which is complete"))
    }

    @Test func inlineTablesAndStaticArraysCannotBeExtended() {
        #expect(rejects("a = { b = 1 }\na.c = 2", saying: "`a` is an inline table"))
        #expect(rejects("a = { b = 1 }\n[a]", saying: "`a` is an inline table"))
        #expect(rejects("a = { b = 1 }\n[a.c]", saying: "`a` is an inline table"))
        #expect(rejects("a = { b = { c = 1 } }\n[a.b.d]", saying: "`a` is an inline table"))
        #expect(rejects("a = {}\n[[a]]", saying: "`a` is an inline table"))
        #expect(rejects("a = [1]\n[a]", saying: "`a` is an array value"))
        #expect(rejects("a = []\n[[a]]", saying: "`a` is an array value"))
        #expect(rejects("a = [{}]\n[a.b]", saying: "`a` is an array value"))
    }
}

@Suite("Tables")
struct TableTests {
    @Test func headersMakeTables() throws {
        let root = try table("""
        top = 0
        [a.b]
        c = 1
        [a]
        d = 2
        [ x . "y z" ]
        """)
        #expect(root.keys == ["top", "a", "x"])
        let a = try #require(root["a"]?.table)
        #expect(a.definition == .header)
        #expect(a.keys == ["b", "d"])
        #expect(a["b"]?.table?.definition == .header)
        #expect(root.value(at: ["a", "b", "c"])?.integer == 1)
        #expect(root["x"]?.table?.definition == .implicit)
        #expect(root.value(at: ["x", "y z"])?.table?.isEmpty == true)
    }

    @Test func aTableIsDefinedOnce() {
        #expect(rejects("[a]\n[a]", saying: "table `[a]` is defined twice"))
        #expect(rejects("[a]\n[\"a\"]", saying: "defined twice"))
        #expect(rejects("[a.b]\n[a]\n[a.b]", saying: "table `[a.b]` is defined twice"))
        #expect(isValid("[a.b.c]\n[a.b]\n[a]"))
    }

    @Test func headersCannotReplaceValues() {
        #expect(rejects("a = 1\n[a]", saying: "`a` is already defined as an integer"))
        #expect(rejects("[a]\nb = 1\n[a.b]", saying: "`a.b` is already defined as an integer"))
        #expect(rejects("[a]\nb = 'x'\n[a.b.c]", saying: "`a.b` is already defined as a string"))
    }

    @Test func dottedKeyTables() {
        // The specification's own examples.
        #expect(rejects("[fruit]\napple.color = 'red'\napple.taste.sweet = true\n[fruit.apple]",
                        saying: "already defined by dotted keys"))
        #expect(rejects("[fruit]\napple.color = 'red'\napple.taste.sweet = true\n[fruit.apple.taste]",
                        saying: "already defined by dotted keys"))
        #expect(isValid("[fruit]\napple.color = 'red'\napple.taste.sweet = true\n[fruit.apple.texture]\nsmooth = true"))
        #expect(rejects("a.b = 1\n[a]", saying: "already defined by dotted keys"))
        // Dotted keys cannot reach into a table defined by a header...
        #expect(rejects("[a.b.c]\nz = 9\n[a]\nb.c.t = 1", saying: "table `b.c` is already defined by a header"))
        // ...but may define one that was only implied, which a header then cannot.
        #expect(isValid("[a.b.c]\nz = 9\n[a]\nb.d = 1"))
        #expect(rejects("[a.b.c]\nz = 9\n[a]\nb.d = 1\n[a.b]", saying: "already defined by dotted keys"))
        #expect(isValid("[a]\nb.c = 1\nb.d = 2\n[a.b.e]"))
    }

    @Test func arraysOfTables() throws {
        let root = try table("""
        [[fruits]]
        name = "apple"
        [fruits.physical]
        color = "red"
        [[fruits.varieties]]
        name = "red delicious"
        [[fruits.varieties]]
        name = "granny smith"
        [[fruits]]
        name = "banana"
        [[fruits.varieties]]
        name = "plantain"
        """)
        let fruits = try #require(root["fruits"]?.array)
        #expect(fruits.count == 2)
        #expect(fruits.allSatisfy { $0.table?.definition == .arrayElement })
        #expect(fruits[0]["physical"]?["color"]?.string == "red")
        #expect(fruits[0]["varieties"]?.array?.compactMap { $0["name"]?.string } == ["red delicious", "granny smith"])
        #expect(fruits[1]["varieties"]?.array?.count == 1)
    }

    @Test func arrayOfTablesRules() {
        #expect(rejects("[[a]]\n[a]", saying: "`a` is an array of tables: write `[[a]]`"))
        #expect(rejects("[a]\n[[a]]", saying: "`a` is already a table"))
        #expect(rejects("[a.b]\n[[a]]", saying: "`a` is already a table"))
        #expect(rejects("a = 1\n[[a]]", saying: "already defined as an integer"))
        #expect(rejects("[[t.a]]\n[t]\na.x = 1", saying: "array of tables, so dotted keys cannot add to it"))
        #expect(rejects("[[a]]\n[a.b]\n[a.b]", saying: "defined twice"))
        #expect(isValid("[[a]]\n[a.b]\n[[a]]\n[a.b]"))
        #expect(isValid("[a.b]\n[[a.c]]\n[[a.c]]"))
    }

    @Test func severalRedefinitionsAreAllReported() {
        let found = messages("a = 1\na = 2\n[t]\n[t]\nx = 1\nx = 2\n")
        #expect(found.count == 3)
        #expect(found.first?.hasPrefix("duplicate key") == true)
    }

    @Test func keysUnderARejectedHeaderAreStillChecked() {
        let found = messages("[t]\n[t]\nx = 1\nx = 2\n")
        #expect(found == ["table `[t]` is defined twice", "duplicate key `x`"])
    }

    @Test func malformedHeaders() {
        #expect(rejects("[]", saying: "expected a key"))
        #expect(rejects("[a", saying: "expected `]` to close the table header"))
        #expect(rejects("[a]]", saying: "expected the end of the line after the table header"))
        #expect(rejects("[a] b = 1", saying: "expected the end of the line after the table header"))
        #expect(rejects("[[a]", saying: "expected `]]`"))
        #expect(rejects("[[a] ]", saying: "expected `]]`"))
        #expect(rejects("[ [a]]", saying: "expected a key"))
        #expect(rejects("[a\n]", saying: "expected `]`"))
    }
}

@Suite("Comments, whitespace and newlines")
struct LayoutTests {
    @Test func commentsAndBlankLines() throws {
        let root = try table("# head\n\n  \t\na = 1 # tail\n#\n[t] # t\n# end")
        #expect(root["a"]?.integer == 1)
        #expect(root["t"]?.table?.isEmpty == true)
    }

    @Test func controlCharactersInComments() {
        #expect(rejects("# a\u{1}b", saying: "control character U+0001 is not allowed in a comment"))
        #expect(rejects("a = 1 # \u{7F}", saying: "U+007F"))
        #expect(rejects("# a\rb", saying: "U+000D"))
        #expect(isValid("# tab\there"))
    }

    @Test func lineEndings() throws {
        let root = try table("a = 1\r\n[t]\r\nb = [\r\n2,\r\n]\r\n")
        #expect(root.value(at: ["t", "b"])?.array?.first?.integer == 2)
        #expect(rejects("a = 1\rb = 2", saying: "carriage return must be followed by a line feed"))
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a = 1".utf8)
        let root = try TOMLDocument.parse(bytes).get().table
        #expect(root["a"]?.span == TOMLSpan(start: 7, end: 8, line: 1, column: 5))
    }

    @Test func invalidUTF8IsRejected() {
        for bytes: [UInt8] in [[0xFF], [0xC3, 0x28], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0xF4, 0x90, 0x80, 0x80]] {
            let found = errors(Array("a = \"".utf8) + bytes + Array("\"".utf8))
            #expect(found.count == 1)
            #expect(found.first?.message.contains("invalid UTF-8") == true)
            #expect(found.first?.span.start == 5)
        }
    }
}
