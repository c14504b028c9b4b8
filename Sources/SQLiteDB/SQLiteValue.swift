/// One SQLite value, in one of SQLite's five storage classes.
public enum SQLiteValue: Sendable, Hashable {
    /// SQL NULL.
    case null
    /// A 64-bit signed integer.
    case integer(Int64)
    /// An IEEE 754 double.
    case real(Double)
    /// UTF-8 text (may contain NUL characters).
    case text(String)
    /// Raw bytes.
    case blob([UInt8])

    /// Whether the value is SQL NULL.
    public var isNull: Bool { self == .null }

    /// The value as Int64: integers as is, reals only when they are whole and in range; otherwise nil.
    public var int64Value: Int64? {
        switch self {
        case .integer(let value): value
        case .real(let value): Int64(exactly: value)
        default: nil
        }
    }

    /// The value as Int, under the same rules as `int64Value`.
    public var intValue: Int? { int64Value.flatMap { Int(exactly: $0) } }

    /// The value as Double: reals as is, integers converted; otherwise nil.
    public var doubleValue: Double? {
        switch self {
        case .real(let value): value
        case .integer(let value): Double(value)
        default: nil
        }
    }

    /// The text of a `.text` value; nil for every other storage class.
    public var stringValue: String? {
        if case .text(let value) = self { value } else { nil }
    }

    /// The bytes of a `.blob` value; nil for every other storage class.
    public var blobValue: [UInt8]? {
        if case .blob(let value) = self { value } else { nil }
    }

    /// The value as Bool: a non-zero integer or real is true, zero false; otherwise nil.
    public var boolValue: Bool? {
        switch self {
        case .integer(let value): value != 0
        case .real(let value): value != 0
        default: nil
        }
    }
}
