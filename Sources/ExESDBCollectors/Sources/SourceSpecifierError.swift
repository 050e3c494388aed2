/// Why a source URI could not be read.
public struct SourceSpecifierError: Error, Sendable, Hashable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
