/// Why a line is not valid JSON, and where: the byte offset from the start of the input.
public struct JSONReadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public var kind: Kind
    /// The offset of the offending byte from the start of the input (the input's length for `unexpectedEnd`).
    public var offset: Int
    /// The offending byte, when there is one.
    public var byte: UInt8?

    /// An error of `kind` at byte `offset`, naming the offending `byte` when there is one.
    public init(_ kind: Kind, at offset: Int, byte: UInt8? = nil) {
        self.kind = kind
        self.offset = offset
        self.byte = byte
    }

    /// A short message for operators, e.g. "invalid JSON at byte 17: unexpected character 'x'".
    /// Never contains the raw offending byte when it is not printable ASCII.
    public var description: String {
        "invalid JSON at byte \(offset): \(problem)"
    }

    private var problem: String {
        switch kind {
        case .unexpectedEnd: "unexpected end of input"
        case .unexpectedCharacter: "unexpected \(found)"
        case .invalidEscape: "invalid escape: unexpected \(found)"
        case .invalidNumber: "invalid number: unexpected \(found)"
        case .invalidUTF8: "invalid UTF-8 byte \(hexByte)"
        case .controlCharacterInString: "control character \(hexByte) in a string"
        case .nonFiniteNumber: "NaN and Infinity are not JSON numbers"
        case .tooDeep: "arrays and objects nested too deeply"
        case .trailingGarbage: "unexpected \(found) after the value"
        case .notAnObject: "expected an object"
        }
    }

    /// The offending byte as an operator may read it: the character when printable ASCII, else its value.
    private var found: String {
        guard let byte else { return "end of input" }
        if byte >= 0x20 && byte < 0x7F { return "character '\(Character(Unicode.Scalar(byte)))'" }
        return "byte \(hexByte)"
    }

    private var hexByte: String {
        guard let byte else { return "" }
        let digits = String(byte, radix: 16, uppercase: true)
        return "0x" + (digits.count < 2 ? "0" + digits : digits)
    }
}
