/// A JSON object that keeps its members in wire order. Lookups are linear: the objects on this
/// protocol have a dozen keys at most, where a scan beats hashing.
public struct JSONObject: Sendable, Hashable {
    /// The members in the order they arrived; a repeated key keeps every occurrence.
    public var members: [Member]

    public init(_ members: [Member] = []) {
        self.members = members
    }

    /// The value of the first member named `key`.
    public subscript(key: String) -> JSONValue? {
        // Lengths first: comparing two different strings of equal length is a call; comparing lengths is not.
        let length = key.utf8.count
        for member in members where member.key.utf8.count == length && member.key == key { return member.value }
        return nil
    }

    /// The first value among `keys` that is present and not null: accepts both field-name sets.
    public func first(_ keys: String...) -> JSONValue? {
        for key in keys {
            if let value = self[key], !value.isNull { return value }
        }
        return nil
    }

    public var isEmpty: Bool { members.isEmpty }
    public var count: Int { members.count }
}

extension JSONObject {
    /// One key and its value.
    public struct Member: Sendable, Hashable {
        public var key: String
        public var value: JSONValue

        public init(_ key: String, _ value: JSONValue) {
            self.key = key
            self.value = value
        }
    }
}
