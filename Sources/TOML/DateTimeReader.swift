/// Dates and times (RFC 3339, as TOML 1.0 uses it). Seconds are required;
/// fractional seconds may have any number of digits (nanoseconds are kept);
/// `T`, `t` or a space separates date and time; `Z`, `z` or `±hh:mm` is the offset.
///
/// Dates must exist (no 30 February); years run from 0001 to 9999 and
/// seconds from 00 to 59, as in the date types of most languages (a leap
/// second, :60, is rejected).
extension Parser {
    /// At `offset`: four digits and a dash, the start of a date.
    func startsDate(at offset: Int) -> Bool {
        Byte.isDigit(byte(at: offset)) && Byte.isDigit(byte(at: offset + 1)) && Byte.isDigit(byte(at: offset + 2))
            && Byte.isDigit(byte(at: offset + 3)) && byte(at: offset + 4) == Byte.minus
    }

    /// At `offset`: two digits and a colon, the start of a time.
    func startsTime(at offset: Int) -> Bool {
        Byte.isDigit(byte(at: offset)) && Byte.isDigit(byte(at: offset + 1)) && byte(at: offset + 2) == Byte.colon
    }

    /// A local date, a local date-time or an offset date-time.
    mutating func parseDateOrDateTime(start: Mark) throws(SyntaxError) -> TOMLValue {
        let date = try readDate()
        let separator = current
        let hasTime = separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t")
            || (separator == Byte.space && startsTime(at: position + 1))
        guard hasTime else {
            try checkEndOfDateTime(start: start.offset)
            return TOMLValue(.localDate(date), span: span(from: start))
        }
        position += 1
        let time = try readTime()
        let offset = try readOffset()
        try checkEndOfDateTime(start: start.offset)
        let text = String(decoding: bytes[start.offset..<position], as: UTF8.self)
        if let offset {
            return TOMLValue(.offsetDateTime(TOMLOffsetDateTime(date: date, time: time, offsetMinutes: offset, text: text)),
                             span: span(from: start))
        }
        return TOMLValue(.localDateTime(TOMLLocalDateTime(date: date, time: time, text: text)), span: span(from: start))
    }

    mutating func parseLocalTime(start: Mark) throws(SyntaxError) -> TOMLValue {
        let time = try readTime()
        try checkEndOfDateTime(start: start.offset)
        return TOMLValue(.localTime(time), span: span(from: start))
    }

    /// Nothing may run on after a date or time (`1979-05-27T07:32:00Zjunk`).
    private mutating func checkEndOfDateTime(start: Int) throws(SyntaxError) {
        guard Byte.isValueWordCharacter(current) || current == Byte.colon else { return }
        var end = position
        while end < bytes.count && (Byte.isValueWordCharacter(bytes[end]) || bytes[end] == Byte.colon) { end += 1 }
        throw error("invalid date or time `\(excerpt(from: start, to: end))`", at: start, length: end - start)
    }

    /// `YYYY-MM-DD`.
    private mutating func readDate() throws(SyntaxError) -> TOMLLocalDate {
        let start = position
        guard let year = number(at: start, digits: 4), byte(at: start + 4) == Byte.minus,
              let month = number(at: start + 5, digits: 2), byte(at: start + 7) == Byte.minus,
              let day = number(at: start + 8, digits: 2)
        else {
            let end = endOfDateTimeWord(from: start)
            throw error("invalid date `\(excerpt(from: start, to: end))`: expected YYYY-MM-DD", at: start, length: end - start)
        }
        position = start + 10
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        guard year >= 1 else {
            throw error("invalid date `\(text)`: years start at 0001", at: start, length: 10)
        }
        guard (1...12).contains(month) else {
            throw error("invalid date `\(text)`: there is no month \(month)", at: start, length: 10)
        }
        let length = daysInMonth(month, year: year)
        guard (1...length).contains(day) else {
            throw error("invalid date `\(text)`: that month has \(length) days", at: start, length: 10)
        }
        return TOMLLocalDate(year: year, month: month, day: day, text: text)
    }

    /// `hh:mm:ss` with an optional fraction.
    private mutating func readTime() throws(SyntaxError) -> TOMLLocalTime {
        let start = position
        guard Byte.isDigit(current) else {
            throw unexpected("expected a time (hh:mm:ss)")
        }
        guard let hour = number(at: start, digits: 2), byte(at: start + 2) == Byte.colon,
              let minute = number(at: start + 3, digits: 2), byte(at: start + 5) == Byte.colon,
              let second = number(at: start + 6, digits: 2)
        else {
            let end = endOfDateTimeWord(from: start)
            throw error("invalid time `\(excerpt(from: start, to: end))`: expected hh:mm:ss (seconds are required)",
                        at: start, length: end - start)
        }
        position = start + 8
        var nanosecond = 0
        if current == Byte.dot {
            let fractionStart = position + 1
            var end = fractionStart
            while Byte.isDigit(byte(at: end)) { end += 1 }
            guard end > fractionStart else {
                throw error("a decimal point in a time must be followed by digits", at: position, length: 1)
            }
            // Nanoseconds from the first nine digits; the rest are below what is kept.
            var scale = 100_000_000
            for index in fractionStart..<min(end, fractionStart + 9) {
                nanosecond += Int(bytes[index] - Byte.zero) * scale
                scale /= 10
            }
            position = end
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        guard hour <= 23 && minute <= 59 && second <= 59 else {
            throw error("invalid time `\(text)`: hours run to 23, minutes and seconds to 59", at: start, length: position - start)
        }
        return TOMLLocalTime(hour: hour, minute: minute, second: second, nanosecond: nanosecond, text: text)
    }

    /// `Z`, `z` or `±hh:mm` as minutes east of UTC; nil when no offset follows.
    private mutating func readOffset() throws(SyntaxError) -> Int? {
        let sign = current
        if sign == UInt8(ascii: "Z") || sign == UInt8(ascii: "z") {
            position += 1
            return 0
        }
        guard sign == Byte.plus || sign == Byte.minus else { return nil }
        let start = position
        guard let hours = number(at: start + 1, digits: 2), byte(at: start + 3) == Byte.colon,
              let minutes = number(at: start + 4, digits: 2)
        else {
            let end = endOfDateTimeWord(from: start)
            throw error("invalid time offset `\(excerpt(from: start, to: end))`: expected Z or ±hh:mm", at: start, length: end - start)
        }
        position = start + 6
        guard hours <= 23 && minutes <= 59 else {
            throw error("invalid time offset `\(excerpt(from: start, to: position))`", at: start, length: 6)
        }
        let magnitude = hours * 60 + minutes
        return sign == Byte.minus ? -magnitude : magnitude
    }

    /// The value of `digits` decimal digits at `offset`, or nil if they are not all there.
    private func number(at offset: Int, digits: Int) -> Int? {
        var value = 0
        for index in offset..<(offset + digits) {
            let byte = self.byte(at: index)
            guard Byte.isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - Byte.zero)
        }
        return value
    }

    private func endOfDateTimeWord(from start: Int) -> Int {
        var end = start
        while end < bytes.count && (Byte.isValueWordCharacter(bytes[end]) || bytes[end] == Byte.colon) { end += 1 }
        return max(end, min(start + 1, bytes.count))
    }
}

/// Days in a month of the proleptic Gregorian calendar.
func daysInMonth(_ month: Int, year: Int) -> Int {
    switch month {
    case 2:
        let isLeap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        return isLeap ? 29 : 28
    case 4, 6, 9, 11:
        return 30
    default:
        return 31
    }
}
