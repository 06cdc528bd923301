/// A calendar date without a time zone, such as `1979-05-27`.
public struct TOMLLocalDate: Hashable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int
    /// The date as written.
    public let text: String

    public var description: String { text }
}

/// A time of day without a date or time zone, such as `07:32:00.5`.
public struct TOMLLocalTime: Hashable, Sendable, CustomStringConvertible {
    public let hour: Int
    public let minute: Int
    public let second: Int
    /// The fractional second in nanoseconds; digits past the ninth are dropped (they stay in `text`).
    public let nanosecond: Int
    /// The time as written.
    public let text: String

    public var description: String { text }
}

/// A date and time without a time zone, such as `1979-05-27T07:32:00`.
public struct TOMLLocalDateTime: Hashable, Sendable, CustomStringConvertible {
    public let date: TOMLLocalDate
    public let time: TOMLLocalTime
    /// The date-time as written (`T`, `t` or a space between date and time).
    public let text: String

    public var description: String { text }
}

/// A date and time at a fixed offset from UTC, such as `1979-05-27T07:32:00-07:00`.
public struct TOMLOffsetDateTime: Hashable, Sendable, CustomStringConvertible {
    public let date: TOMLLocalDate
    public let time: TOMLLocalTime
    /// Minutes east of UTC: `Z` is 0, `-07:00` is -420. `-00:00` is 0 as well.
    public let offsetMinutes: Int
    /// The date-time as written.
    public let text: String

    public var description: String { text }
}
