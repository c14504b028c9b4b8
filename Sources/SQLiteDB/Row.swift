/// A snapshot of one result row: its column names and values.
public struct Row: Sendable, Equatable {
    /// The column names, in result order.
    public let columns: [String]
    /// The values, in the same order as `columns`.
    public let values: [SQLiteValue]

    /// Creates a row; `columns` and `values` must have the same count.
    public init(columns: [String], values: [SQLiteValue]) {
        precondition(columns.count == values.count, "Row: \(columns.count) columns but \(values.count) values")
        self.columns = columns
        self.values = values
    }

    /// The number of columns.
    public var count: Int { values.count }

    /// The value at a 0-based column index; traps when out of range, like an array.
    public subscript(index: Int) -> SQLiteValue { values[index] }

    /// The value of the named column (exact match first, then case-insensitive); `.null` for an unknown name.
    public subscript(name: String) -> SQLiteValue {
        index(of: name).map { values[$0] } ?? .null
    }

    /// The index of the named column (exact match first, then case-insensitive), or nil.
    public func index(of name: String) -> Int? {
        if let exact = columns.firstIndex(of: name) { return exact }
        let lowered = name.lowercased()
        return columns.firstIndex { $0.lowercased() == lowered }
    }

    /// The named column as Int (see `SQLiteValue.intValue`); nil for NULL, text, blob or an unknown name.
    public func int(_ name: String) -> Int? { self[name].intValue }

    /// The named column as Int64 (see `SQLiteValue.int64Value`).
    public func int64(_ name: String) -> Int64? { self[name].int64Value }

    /// The named column as Double (see `SQLiteValue.doubleValue`).
    public func double(_ name: String) -> Double? { self[name].doubleValue }

    /// The named column's text; nil unless the value is `.text`.
    public func string(_ name: String) -> String? { self[name].stringValue }

    /// The named column's bytes; nil unless the value is `.blob`.
    public func blob(_ name: String) -> [UInt8]? { self[name].blobValue }

    /// The named column as Bool (non-zero number is true); nil for NULL, text, blob or an unknown name.
    public func bool(_ name: String) -> Bool? { self[name].boolValue }
}
