extension GlyphSet {
    /// Whether the set draws with ASCII only (terminals without UTF-8).
    var isASCII: Bool { box == .ascii }

    /// `unicode` for UTF-8 sets, `ascii` for the ASCII set: punctuation such as `·`, `×` and arrows.
    func text(_ unicode: String, ascii: String) -> String { isASCII ? ascii : unicode }
}
