/// A key the user pressed, independent of curses so views and tests can use it.
public enum Key: Hashable, Sendable {
    /// A printable character.
    case character(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case tab, backTab, enter, escape, backspace, delete
    /// The terminal changed size.
    case resize
    /// A function key, `F1` = 1.
    case function(Int)
    /// A control chord such as ^L, carried as its lowercase letter (`control("l")`).
    case control(Character)
}
