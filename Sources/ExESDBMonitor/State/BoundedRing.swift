/// A fixed-capacity sequence: appending to a full ring drops the oldest element and counts it.
///
/// The elements live in one array, used as a circle once it holds `capacity` of them, so an append moves the new
/// element into its slot and a full ring's append replaces the oldest in place. (`Deque.append` takes its element
/// borrowed and copies it: for the log ring that was a copy and a destroy of every record, measured by
/// `exesdb-bench ingest` at about 1,000 instructions per log line. Slots are not optional either: destroying an
/// optional record went through the unspecialised generic witness, another 200 instructions per dropped record.)
/// The array grows as elements arrive (doubling, but never past `capacity`), so an idle ring costs nothing; a slot
/// left by `removeFirst` keeps its old element until an append takes it, or until the ring is emptied.
public struct BoundedRing<Element>: Sequence {
    /// The most elements kept.
    public let capacity: Int
    /// How many elements were dropped to make room, over the ring's life.
    public private(set) var droppedCount = 0
    /// The slots; the kept elements are the `count` ones from `head` on, wrapping around the end. The others
    /// (only after `removeFirst`) hold removed elements, to be overwritten. Visible to inlined code, so that the
    /// panes reading a ring element by element get code specialised for its element type.
    @usableFromInline private(set) var slots: [Element] = []
    /// The slot of the oldest element.
    @usableFromInline private(set) var head = 0
    /// How many elements are kept.
    @inlinable public var count: Int { storedCount }
    /// The storage of `count`.
    @usableFromInline private(set) var storedCount = 0

    public init(capacity: Int) {
        precondition(capacity > 0, "a ring needs room for at least one element")
        self.capacity = capacity
    }

    /// Adds `element` as the newest, dropping the oldest when full. The element is taken, not copied.
    public mutating func append(_ element: consuming Element) {
        if count == capacity {
            slots[head] = element
            head = slot(after: head)
            droppedCount += 1
            return
        }
        if count == slots.count {
            if head != 0 {
                linearize()
            } else if slots.count == slots.capacity {
                slots.reserveCapacity(grownSlotCount)
            }
            slots.append(element)
        } else {
            slots[slot(at: count)] = element
        }
        storedCount += 1
    }

    /// Removes and returns the oldest element.
    @discardableResult
    public mutating func removeFirst() -> Element? {
        guard count > 0 else { return nil }
        let oldest = slots[head]
        head = slot(after: head)
        storedCount -= 1
        if count == 0 {
            slots.removeAll(keepingCapacity: true)
            head = 0
        }
        return oldest
    }

    /// Replaces the newest element, or appends when empty.
    public mutating func replaceLast(_ element: consuming Element) {
        guard count > 0 else {
            append(element)
            return
        }
        slots[slot(at: count - 1)] = element
    }

    @inlinable public var isEmpty: Bool { count == 0 }
    @inlinable public var first: Element? { count == 0 ? nil : self[0] }
    @inlinable public var last: Element? { count == 0 ? nil : self[count - 1] }

    /// The element at `index`, 0 being the oldest kept.
    @inlinable
    public subscript(index: Int) -> Element {
        precondition(index >= 0 && index < count, "index out of the ring")
        return slots[slot(at: index)]
    }

    /// The newest `count` elements, oldest first.
    public func suffix(_ count: Int) -> [Element] {
        let kept = Swift.min(Swift.max(count, 0), self.count)
        return ((self.count - kept)..<self.count).map { self[$0] }
    }

    @inlinable public func makeIterator() -> Iterator { Iterator(ring: self) }

    /// Walks the ring from the oldest element to the newest.
    public struct Iterator: IteratorProtocol {
        @usableFromInline let ring: BoundedRing
        @usableFromInline var position = 0

        @inlinable
        init(ring: BoundedRing) {
            self.ring = ring
        }

        @inlinable
        public mutating func next() -> Element? {
            guard position < ring.count else { return nil }
            defer { position += 1 }
            return ring[position]
        }
    }

    /// The slot of the element `index` places after the oldest.
    @inlinable
    func slot(at index: Int) -> Int {
        let slot = head + index
        return slot < slots.count ? slot : slot - slots.count
    }

    private func slot(after slot: Int) -> Int {
        slot + 1 == slots.count ? 0 : slot + 1
    }

    /// Room for the slots when the array grows: doubled, at least 16, never past `capacity`.
    private var grownSlotCount: Int { Swift.min(capacity, Swift.max(16, slots.count * 2)) }

    /// Puts the kept elements first, oldest at slot 0, in an array with room to grow at its end.
    private mutating func linearize() {
        var ordered: [Element] = []
        ordered.reserveCapacity(grownSlotCount)
        for index in 0..<count { ordered.append(slots[slot(at: index)]) }
        slots = ordered
        head = 0
    }

    /// Every element is counted, so that `Array(ring)` allocates once.
    public var underestimatedCount: Int { count }
}

extension BoundedRing: Sendable where Element: Sendable {}
extension BoundedRing.Iterator: Sendable where Element: Sendable {}
extension BoundedRing: Equatable where Element: Equatable {
    public static func == (lhs: BoundedRing, rhs: BoundedRing) -> Bool {
        lhs.capacity == rhs.capacity && lhs.droppedCount == rhs.droppedCount && lhs.elementsEqual(rhs)
    }
}
