import Testing
import TOML

@Suite("Strings")
struct StringTests {
    @Test func basicStringsAndEscapes() throws {
        #expect(try value(#"a = "hello""#)?.string == "hello")
        #expect(try value(#"a = """#)?.string == "")
        #expect(try value(#"a = "\b\t\n\f\r\"\\""#)?.string == "\u{8}\t\n\u{C}\r\"\\")
        #expect(try value(#"a = "\u00E9\U0001F600\u0000""#)?.string == "é😀\u{0}")
        #expect(try value("a = \"tab\there\"")?.string == "tab\there")
        #expect(try value(#"a = "ünï ✓""#)?.string == "ünï ✓")
    }

    @Test func invalidEscapesAreRejected() {
        #expect(rejects(#"a = "\q""#, saying: "invalid escape"))
        #expect(rejects(#"a = "\x41""#, saying: "invalid escape"))
        #expect(rejects(#"a = "\e""#, saying: "invalid escape"))
        #expect(rejects(#"a = "\ ""#, saying: "invalid escape"))
        #expect(rejects(#"a = "\u12""#, saying: "4 hexadecimal digits"))
        #expect(rejects(#"a = "\U0001F60""#, saying: "8 hexadecimal digits"))
        #expect(rejects(#"a = "\uD800""#, saying: "not a Unicode scalar value"))
        #expect(rejects(#"a = "\uDFFF""#, saying: "not a Unicode scalar value"))
        #expect(rejects(#"a = "\U00110000""#, saying: "not a Unicode scalar value"))
        #expect(isValid(#"a = "\U0010FFFF\uD7FF\uE000""#))
    }

    @Test func literalStrings() throws {
        #expect(try value(#"a = 'C:\Users\n'"#)?.string == #"C:\Users\n"#)
        #expect(try value("a = ''")?.string == "")
        #expect(try value(#"a = 'say "hi"'"#)?.string == #"say "hi""#)
        #expect(rejects("a = 'it's'", saying: "expected the end of the line"))
    }

    @Test func multilineBasicStrings() throws {
        #expect(try value("a = \"\"\"\nRoses\nViolets\"\"\"")?.string == "Roses\nViolets")
        #expect(try value("a = \"\"\"\n\nsecond\"\"\"")?.string == "\nsecond")
        #expect(try value("a = \"\"\"one \\\n\n   two \\\n  three\"\"\"")?.string == "one two three")
        #expect(try value("a = \"\"\"one \\  \t\n  two\"\"\"")?.string == "one two")
        #expect(try value("a = \"\"\"\r\nx\r\ny\"\"\"")?.string == "x\ny")
        #expect(try value(#"a = """two "" quotes""""#)?.string == #"two "" quotes"#)
        #expect(try value(#"a = """"quoted"""""#)?.string == #""quoted""#)
        #expect(try value(#"a = """x""""""#)?.string == #"x"""#)
        #expect(try value(#"a = """""""#)?.string == "")
        #expect(rejects(#"a = """x"""""""#, saying: "must be escaped"))
        #expect(rejects("a = \"\"\"x \\  y\"\"\"", saying: "backslash followed by whitespace"))
        #expect(rejects("a = \"\"\"x", saying: "never closed"))
    }

    @Test func multilineLiteralStrings() throws {
        #expect(try value("a = '''\nraw \\n text\n'''")?.string == "raw \\n text\n")
        #expect(try value("a = ''''quoted'''''")?.string == "'quoted''")
        #expect(try value("a = '''\r\nx\r\n'''")?.string == "x\n")
        #expect(rejects("a = '''x''''''", saying: "must be escaped"))
        #expect(rejects("a = '''x", saying: "never closed"))
    }

    @Test func controlCharactersAreRejected() {
        for byte: UInt8 in [0x00, 0x01, 0x08, 0x0B, 0x0C, 0x1F, 0x7F] {
            for (open, close) in [("\"", "\""), ("'", "'"), ("\"\"\"", "\"\"\""), ("'''", "'''")] {
                let text = Array("a = \(open)x".utf8) + [byte] + Array("y\(close)\n".utf8)
                #expect(errors(text).first?.message.contains("control character") == true, "byte \(byte) in \(open)")
            }
        }
        #expect(rejects("a = \"x\ry\"", saying: "control character U+000D"))
        #expect(rejects("a = \"\"\"x\ry\"\"\"", saying: "control character U+000D"))
    }

    @Test func oneLineStringsEndOnTheirLine() {
        #expect(rejects("a = \"abc\ndef\"", saying: "not closed on its line"))
        #expect(rejects("a = 'abc\ndef'", saying: "not closed on its line"))
        #expect(rejects("a = \"abc", saying: "never closed"))
    }
}

@Suite("Numbers and booleans")
struct NumberTests {
    @Test func integers() throws {
        let values = try table("a = 42\nb = +99\nc = -17\nd = 0\ne = -0\nf = 1_000_000\ng = 0xDEAD_beef\nh = 0o755\ni = 0b1101")
        #expect(values["a"]?.integer == 42)
        #expect(values["b"]?.integer == 99)
        #expect(values["c"]?.integer == -17)
        #expect(values["d"]?.integer == 0)
        #expect(values["e"]?.integer == 0)
        #expect(values["f"]?.integer == 1_000_000)
        #expect(values["g"]?.integer == 0xDEAD_BEEF)
        #expect(values["h"]?.integer == 0o755)
        #expect(values["i"]?.integer == 0b1101)
    }

    @Test func integerLimits() throws {
        #expect(try value("a = 9223372036854775807")?.integer == Int64.max)
        #expect(try value("a = -9223372036854775808")?.integer == Int64.min)
        #expect(try value("a = 0x7FFFFFFFFFFFFFFF")?.integer == Int64.max)
        #expect(rejects("a = 9223372036854775808", saying: "does not fit in a 64-bit signed integer"))
        #expect(rejects("a = -9223372036854775809", saying: "does not fit"))
        #expect(rejects("a = 99999999999999999999999", saying: "does not fit"))
        #expect(rejects("a = 0x8000000000000000", saying: "does not fit"))
        #expect(rejects("a = 0b" + String(repeating: "1", count: 64), saying: "does not fit"))
    }

    @Test func malformedIntegers() {
        #expect(rejects("a = 01", saying: "leading zeros"))
        #expect(rejects("a = -012", saying: "leading zeros"))
        #expect(rejects("a = 0_1", saying: "leading zeros"))
        #expect(rejects("a = 1_", saying: "between two digits"))
        #expect(rejects("a = 1__2", saying: "between two digits"))
        #expect(rejects("a = _1", saying: "expected a value"))
        #expect(rejects("a = +0xFF", saying: "cannot have a sign"))
        #expect(rejects("a = 0x", saying: "hexadecimal digits"))
        #expect(rejects("a = 0XFF", saying: "invalid number"))
        #expect(rejects("a = 0o8", saying: "octal digits"))
        #expect(rejects("a = 0b102", saying: "invalid binary integer"))
        #expect(rejects("a = 12a", saying: "invalid number"))
        #expect(rejects("a = +", saying: "invalid number"))
    }

    @Test func floats() throws {
        let values = try table("a = 3.14\nb = -0.01\nc = 5e+22\nd = 1E6\ne = 6.626e-34\nf = 224_617.445_991\ng = -0.0\nh = 1e007")
        #expect(values["a"]?.float == 3.14)
        #expect(values["b"]?.float == -0.01)
        #expect(values["c"]?.float == 5e22)
        #expect(values["d"]?.float == 1e6)
        #expect(values["e"]?.float == 6.626e-34)
        #expect(values["f"]?.float == 224_617.445_991)
        #expect(values["g"]?.float?.sign == .minus)
        #expect(values["h"]?.float == 1e7)
        #expect(values["a"]?.integer == nil)
    }

    @Test func specialFloats() throws {
        let values = try table("a = inf\nb = +inf\nc = -inf\nd = nan\ne = +nan\nf = -nan")
        #expect(values["a"]?.float == .infinity)
        #expect(values["b"]?.float == .infinity)
        #expect(values["c"]?.float == -.infinity)
        for key in ["d", "e", "f"] {
            #expect(values[key]?.float?.isNaN == true)
        }
        #expect(try value("a = 1e400")?.float == .infinity)
    }

    @Test func malformedFloats() {
        #expect(rejects("a = .5", saying: "expected a value"))
        #expect(rejects("a = 5.", saying: "decimal point must be followed by a digit"))
        #expect(rejects("a = 1.e5", saying: "decimal point"))
        #expect(rejects("a = 1e", saying: "exponent must have digits"))
        #expect(rejects("a = 1e+", saying: "exponent must have digits"))
        #expect(rejects("a = 03.14", saying: "leading zeros"))
        #expect(rejects("a = 1_.5", saying: "between two digits"))
        #expect(rejects("a = 1._5", saying: "decimal point"))
        #expect(rejects("a = 1.2.3", saying: "invalid number"))
        #expect(rejects("a = Inf", saying: "expected a value"))
        #expect(rejects("a = infinity", saying: "expected a value"))
        #expect(rejects("a = NaN", saying: "expected a value"))
    }

    @Test func booleans() throws {
        #expect(try value("a = true")?.bool == true)
        #expect(try value("a = false")?.bool == false)
        #expect(rejects("a = True", saying: "expected a value, found `True`"))
        #expect(rejects("a = truee", saying: "`truee`"))
        #expect(rejects("a = yes", saying: "strings must be quoted"))
    }
}

@Suite("Dates and times")
struct DateTimeTests {
    @Test func offsetDateTimes() throws {
        let values = try table("a = 1979-05-27T07:32:00Z\nb = 1979-05-27T00:32:00.999999-07:00\nc = 1979-05-27 07:32:00+05:30\nd = 1979-05-27t07:32:00z")
        let a = try #require(values["a"]?.offsetDateTime)
        #expect(a.date.year == 1979 && a.date.month == 5 && a.date.day == 27)
        #expect(a.time.hour == 7 && a.time.minute == 32 && a.time.second == 0)
        #expect(a.offsetMinutes == 0)
        #expect(a.text == "1979-05-27T07:32:00Z")
        let b = try #require(values["b"]?.offsetDateTime)
        #expect(b.time.nanosecond == 999_999_000)
        #expect(b.offsetMinutes == -420)
        #expect(values["c"]?.offsetDateTime?.offsetMinutes == 330)
        #expect(values["c"]?.offsetDateTime?.text == "1979-05-27 07:32:00+05:30")
        #expect(values["d"]?.offsetDateTime?.offsetMinutes == 0)
    }

    @Test func localForms() throws {
        let values = try table("a = 1979-05-27T07:32:00\nb = 1979-05-27\nc = 07:32:00.5\nd = 00:00:00.123456789123\ne = 1979-05-27 # comment")
        #expect(values["a"]?.localDateTime?.time.minute == 32)
        #expect(values["b"]?.localDate?.day == 27)
        #expect(values["b"]?.localDate?.text == "1979-05-27")
        #expect(values["c"]?.localTime?.nanosecond == 500_000_000)
        #expect(values["d"]?.localTime?.nanosecond == 123_456_789)
        #expect(values["d"]?.localTime?.text == "00:00:00.123456789123")
        #expect(values["e"]?.localDate?.year == 1979)
    }

    @Test func calendarChecks() {
        #expect(isValid("a = 2024-02-29\nb = 2000-02-29"))
        #expect(rejects("a = 2023-02-29", saying: "that month has 28 days"))
        #expect(rejects("a = 1900-02-29", saying: "that month has 28 days"))
        #expect(rejects("a = 1979-04-31", saying: "30 days"))
        #expect(rejects("a = 1979-13-01", saying: "no month 13"))
        #expect(rejects("a = 1979-00-01", saying: "no month 0"))
        #expect(rejects("a = 0000-01-01", saying: "years start at 0001"))
        #expect(rejects("a = 24:00:00", saying: "hours run to 23"))
        #expect(rejects("a = 12:60:00", saying: "hours run to 23"))
        #expect(rejects("a = 12:00:60", saying: "hours run to 23"))
    }

    @Test func malformedDateTimes() {
        #expect(rejects("a = 1979-05-27T07:32Z", saying: "seconds are required"))
        #expect(rejects("a = 07:32", saying: "seconds are required"))
        #expect(rejects("a = 1979-5-27", saying: "expected YYYY-MM-DD"))
        #expect(rejects("a = 1979-05-27T", saying: "expected a time (hh:mm:ss)"))
        #expect(rejects("a = 07:32:00.", saying: "followed by digits"))
        #expect(rejects("a = 1979-05-27T07:32:00+0700", saying: "expected Z or ±hh:mm"))
        #expect(rejects("a = 1979-05-27T07:32:00+24:00", saying: "invalid time offset"))
        #expect(rejects("a = 07:32:00Z", saying: "invalid date or time"))
        #expect(rejects("a = 1979-05-27Z", saying: "invalid date or time"))
        #expect(rejects("a = 1979-05-27T07:32:00Zx", saying: "invalid date or time"))
        #expect(rejects("a = 19790-05-27", saying: "invalid number"))
    }
}
