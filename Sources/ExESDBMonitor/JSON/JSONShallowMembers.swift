/// The members of an object read shallowly, in wire order. The decoder lends a buffer on its stack for a line's
/// members, so reading a line allocates nothing for them; an object with more members than the buffer holds, or
/// one made from an object already read, keeps them in an array.
struct JSONShallowMembers: RandomAccessCollection {
    /// The lent buffer; its first `count` members are the object's until they spill into `spilled`.
    private let lent: UnsafeMutableBufferPointer<JSONShallowMember>
    private var spilled: [JSONShallowMember] = []
    private var hasSpilled = false
    private(set) var count = 0

    /// Members kept in `buffer`, which must outlive every use of them, until it is full.
    init(in buffer: UnsafeMutableBufferPointer<JSONShallowMember>) {
        lent = buffer
    }

    /// Members kept in an array.
    init() {
        lent = UnsafeMutableBufferPointer(start: nil, count: 0)
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    @inline(__always)
    subscript(index: Int) -> JSONShallowMember {
        precondition(index >= 0 && index < count, "member index out of range")
        return hasSpilled ? spilled[index] : lent[index]
    }

    @inline(__always)
    mutating func append(_ member: JSONShallowMember) {
        if !hasSpilled, count < lent.count {
            lent[count] = member
            count += 1
            return
        }
        spill(member)
    }

    /// Appends `member` to the array, moving the lent members into it first.
    private mutating func spill(_ member: JSONShallowMember) {
        if !hasSpilled {
            spilled = Array(lent[..<count])
            hasSpilled = true
        }
        spilled.append(member)
        count += 1
    }
}
