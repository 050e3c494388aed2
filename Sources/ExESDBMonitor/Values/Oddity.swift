/// A field that arrived with a value of the wrong kind (a list where a status belongs, a name where a count
/// belongs). The event is kept; the odd value is shown as text in the detail views.
public struct Oddity: Sendable, Hashable {
    /// The wire name of the field.
    public var field: String
    /// The value as it arrived, rendered as compact JSON text.
    public var text: String

    public init(field: String, text: String) {
        self.field = field
        self.text = text
    }
}
