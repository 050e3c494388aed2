/// A dictionary with a fixed number of keys. Keys that arrive once it is full are refused, not stored, so a
/// flood of distinct names cannot grow memory; the refused keys are counted ("N more") for the screen.
public struct CappedMap<Key: Hashable, Value> {
    /// The most keys kept.
    public let capacity: Int
    public private(set) var storage: [Key: Value] = [:]
    /// Distinct keys refused, counted exactly up to `overflowTrackingLimit`, then by occurrence.
    public private(set) var overflowCount = 0
    private var overflowKeys: Set<Key> = []
    private static var overflowTrackingLimit: Int { 4096 }

    public init(capacity: Int) {
        self.capacity = capacity
    }

    public subscript(key: Key) -> Value? { storage[key] }
    public var count: Int { storage.count }
    public var isEmpty: Bool { storage.isEmpty }
    public var keys: Dictionary<Key, Value>.Keys { storage.keys }
    public var values: Dictionary<Key, Value>.Values { storage.values }

    /// Changes the value under `key` in place, creating it with `makeValue` when absent and there is room.
    /// Returns false when the key was refused because the map is full.
    @discardableResult
    public mutating func update(
        _ key: Key, orInsert makeValue: @autoclosure () -> Value, _ change: (inout Value) -> Void
    ) -> Bool {
        if let index = storage.index(forKey: key) {
            change(&storage.values[index])
            return true
        }
        guard storage.count < capacity else {
            refuse(key)
            return false
        }
        var value = makeValue()
        change(&value)
        storage[key] = value
        return true
    }

    /// Stores `value` under `key` when it is already there or there is room; returns false when refused.
    @discardableResult
    public mutating func set(_ key: Key, _ value: Value) -> Bool {
        update(key, orInsert: value) { $0 = value }
    }

    /// Removes `key` and its value.
    public mutating func remove(_ key: Key) {
        storage[key] = nil
    }

    private mutating func refuse(_ key: Key) {
        if overflowKeys.count < Self.overflowTrackingLimit {
            if overflowKeys.insert(key).inserted { overflowCount += 1 }
        } else if !overflowKeys.contains(key) {
            overflowCount += 1
        }
    }
}

extension CappedMap: Sendable where Key: Sendable, Value: Sendable {}
