import Testing
@testable import ExESDBMonitor

/// The ring under every bounded collection of the state: what it keeps, in which order, and what it drops.
@Suite struct BoundedRingTests {
    @Test func aFullRingDropsTheOldestAndCountsIt() {
        var ring = BoundedRing<Int>(capacity: 3)
        #expect(ring.isEmpty && ring.first == nil && ring.last == nil)
        for value in 1...7 { ring.append(value) }
        #expect(Array(ring) == [5, 6, 7])
        #expect(ring.count == 3 && ring.droppedCount == 4)
        #expect(ring.first == 5 && ring.last == 7)
        #expect((0..<ring.count).map { ring[$0] } == [5, 6, 7])
        #expect(ring.suffix(2) == [6, 7] && ring.suffix(10) == [5, 6, 7] && ring.suffix(0).isEmpty)
    }

    @Test func removingTheOldestMakesRoomWithoutDropping() {
        var ring = BoundedRing<Int>(capacity: 4)
        for value in 1...6 { ring.append(value) }
        #expect(ring.removeFirst() == 3)
        #expect(ring.removeFirst() == 4)
        ring.append(7)
        ring.append(8)
        #expect(Array(ring) == [5, 6, 7, 8])
        #expect(ring.droppedCount == 2, "removed elements are not counted as dropped")
        ring.append(9)
        #expect(Array(ring) == [6, 7, 8, 9] && ring.droppedCount == 3)
        while ring.removeFirst() != nil {}
        #expect(ring.isEmpty && ring.removeFirst() == nil)
        ring.append(10)
        #expect(Array(ring) == [10] && ring.first == 10 && ring.last == 10)
    }

    /// A ring that is emptied from the front before it ever filled keeps its order while it grows again.
    @Test func aRingThatWrapsBeforeItIsFullKeepsItsOrderAsItGrows() {
        var ring = BoundedRing<Int>(capacity: 100)
        for value in 0..<10 { ring.append(value) }
        for _ in 0..<4 { ring.removeFirst() }
        for value in 10..<60 { ring.append(value) }
        #expect(Array(ring) == Array(4..<60))
        for _ in 0..<30 { ring.removeFirst() }
        for value in 60..<200 { ring.append(value) }
        #expect(Array(ring) == Array(100..<200))
        #expect(ring.count == 100 && ring.droppedCount == 66)
    }

    @Test func theNewestCanBeReplaced() {
        var ring = BoundedRing<String>(capacity: 2)
        ring.replaceLast("a")
        #expect(Array(ring) == ["a"])
        ring.append("b")
        ring.append("c")
        ring.replaceLast("C")
        #expect(Array(ring) == ["b", "C"] && ring.droppedCount == 1)
    }

    @Test func ringsAreEqualWhenTheyKeepAndDroppedTheSame() {
        var wrapped = BoundedRing<Int>(capacity: 3)
        for value in 1...5 { wrapped.append(value) }
        var straight = BoundedRing<Int>(capacity: 3)
        for value in 3...5 { straight.append(value) }
        #expect(wrapped != straight, "one dropped two elements, the other none")
        straight.append(6)
        wrapped.append(6)
        #expect(Array(wrapped) == Array(straight))
        var copy = wrapped
        #expect(copy == wrapped)
        copy.append(7)
        #expect(copy != wrapped && Array(wrapped) == [4, 5, 6], "a copy changes alone")
    }
}
