/// The caps the decoder puts on one line and its text. Whatever is cut or refused is counted (`LimitHits`,
/// the rejection counts) and shown in the header and the Diagnostics view's Limits table.
public struct DecodeLimits: Sendable, Hashable {
    /// The longest line accepted, in bytes; longer lines are rejected (`line too long`).
    public var lineLength = EventDecoder.maxLineLength
    /// How deep arrays and objects may nest; deeper lines are rejected (`nested too deeply`).
    public var nestingDepth = JSONReader.defaultMaxDepth
    /// The longest name kept, in UTF-8 bytes (node, operation, component, check, metric, store, alert id):
    /// longer ones are truncated with `…`.
    public var nameLength = DecodeLimits.defaultNameLength
    /// The longest other JSON string kept (titles, messages, descriptions, stack traces, map values), in bytes.
    public var textLength = 8 * 1024
    /// The longest raw (non-JSON) log line kept, in bytes.
    public var logLineLength = 16 * 1024

    public init() {}

    /// The name cap unless one is chosen: 256 bytes.
    public static let defaultNameLength = 256
}
