/// What the sanitizer does with one run of input bytes.
enum SanitizerAction {
    /// Copied unchanged.
    case keep
    /// Dropped: escape sequences, bidi controls, zero-width characters, variation selectors.
    case remove
    /// Replaced by one space: TAB, LF, CR.
    case space
    /// Replaced by U+FFFD, so the operator sees that something was there: other controls, broken bytes.
    case replace

    /// The number of bytes this action writes for a run of `length` input bytes.
    func outputLength(forInputLength length: Int) -> Int {
        switch self {
        case .keep: length
        case .remove: 0
        case .space: 1
        case .replace: 3
        }
    }
}
