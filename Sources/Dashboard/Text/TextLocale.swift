import CWidth

/// The process-wide character locale that the width function depends on.
///
/// glibc's `wcwidth` answers from `LC_CTYPE`: under the "C" locale every non-ASCII character is
/// unprintable. `prepare()` is the one place that calls `setlocale`: it adopts the user's locale
/// (so curses knows whether the terminal speaks UTF-8), and when that locale is not UTF-8 it
/// switches `LC_CTYPE` to `C.UTF-8` (the only UTF-8 locale installed everywhere) so widths keep
/// glibc's Unicode semantics; the terminal then draws non-ASCII cells as `?`.
/// The executable calls it first thing; tests call it before measuring text.
public enum TextLocale {
    /// Prepares the locale once and tells whether the user's own locale uses UTF-8.
    @discardableResult
    public static func prepare() -> Bool { userLocaleIsUTF8 }

    /// Whether the locale from the environment (`LANG`, `LC_ALL`, `LC_CTYPE`) uses UTF-8.
    public static let userLocaleIsUTF8: Bool = {
        setlocale(LC_ALL, "")
        let isUTF8 = codesetIsUTF8()
        if !isUTF8 {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        return isUTF8
    }()

    private static func codesetIsUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
