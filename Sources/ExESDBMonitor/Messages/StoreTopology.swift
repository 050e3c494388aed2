/// Who leads a store's Ra cluster, its members, and so how many more nodes it can lose.
public struct StoreTopology: Sendable, Hashable {
    public var store: String
    public var leader: String?
    public var members: [String]
    /// Members needed for a quorum: as sent, else a majority of the members.
    public var quorumSize: Int

    public init(store: String, leader: String?, members: [String], quorumSize: Int? = nil) {
        self.store = store
        self.leader = leader
        self.members = members
        self.quorumSize = quorumSize ?? members.count / 2 + 1
    }

    /// Reads the fields of a `StoreTopology` line; the store is required.
    public init(reading fields: inout FieldReader) {
        store = fields.requiredName(.store, or: .storeID) ?? ""
        leader = fields.text(.leader)
        members = fields.textList(.members)
        quorumSize = fields.integer(.quorumSize) ?? members.count / 2 + 1
    }

    /// How many more members can fail before quorum is lost, given how many are up; negative when lost.
    public func headroom(availableMembers: Int) -> Int {
        availableMembers - quorumSize
    }
}
