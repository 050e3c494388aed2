extension Key {
    /// The key a terminal sends as a plain character code (not a curses function-key code):
    /// tab, enter (CR or LF), escape, backspace (DEL or ^H), control chords as `control(letter)`,
    /// printable characters; nil for other control codes and non-characters.
    public init?(terminalCharacter code: UInt32) {
        switch code {
        case 9: self = .tab
        case 10, 13: self = .enter
        case 27: self = .escape
        case 8, 127: self = .backspace
        case 1...26: self = .control(Character(Unicode.Scalar(UInt8(code) + 0x60)))
        case 0..<32, 0x80..<0xA0: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            self = .character(Character(scalar))
        }
    }
}
