/// The name of a source as the operator typed it and sees it on screen: `tcp://10.0.0.5:7755`,
/// `file:/var/log/x`, `ssh://ops@db1`, `-`, `proc`, `demo`.
public struct SourceID: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The URI-ish name.
    public let name: String

    /// A source named `name`.
    public init(_ name: String) {
        self.name = name
    }

    public var description: String { name }

    public static func < (lhs: SourceID, rhs: SourceID) -> Bool { lhs.name < rhs.name }
}
