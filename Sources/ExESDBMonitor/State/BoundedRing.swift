import DequeModule

/// A fixed-capacity sequence: appending to a full ring drops the oldest element and counts it.
public struct BoundedRing<Element>: Sequence {
    /// The most elements kept.
    public let capacity: Int
    /// How many elements were dropped to make room, over the ring's life.
    public private(set) var droppedCount = 0
    private var storage: Deque<Element> = []

    public init(capacity: Int) {
        precondition(capacity > 0, "a ring needs room for at least one element")
        self.capacity = capacity
    }

    /// Adds `element` as the newest, dropping the oldest when full.
    public mutating func append(_ element: Element) {
        if storage.count == capacity {
            storage.removeFirst()
            droppedCount += 1
        }
        storage.append(element)
    }

    /// Removes and returns the oldest element.
    @discardableResult
    public mutating func removeFirst() -> Element? {
        storage.popFirst()
    }

    /// Replaces the newest element, or appends when empty.
    public mutating func replaceLast(_ element: Element) {
        if storage.isEmpty {
            storage.append(element)
        } else {
            storage[storage.count - 1] = element
        }
    }

    public var count: Int { storage.count }
    public var isEmpty: Bool { storage.isEmpty }
    public var first: Element? { storage.first }
    public var last: Element? { storage.last }

    /// The element at `index`, 0 being the oldest kept.
    public subscript(index: Int) -> Element { storage[index] }

    /// The newest `count` elements, oldest first.
    public func suffix(_ count: Int) -> [Element] {
        Array(storage.suffix(count))
    }

    public func makeIterator() -> Deque<Element>.Iterator { storage.makeIterator() }
}

extension BoundedRing: Sendable where Element: Sendable {}
extension BoundedRing: Equatable where Element: Equatable {
    public static func == (lhs: BoundedRing, rhs: BoundedRing) -> Bool {
        lhs.capacity == rhs.capacity && lhs.droppedCount == rhs.droppedCount && lhs.storage == rhs.storage
    }
}
