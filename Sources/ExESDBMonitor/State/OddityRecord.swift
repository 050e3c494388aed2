/// An odd field value as kept for the diagnostics view: which message, from which node, which field.
public struct OddityRecord: Sendable, Hashable {
    public var type: MessageType
    public var node: String?
    public var oddity: Oddity

    public init(type: MessageType, node: String?, oddity: Oddity) {
        self.type = type
        self.node = node
        self.oddity = oddity
    }
}
