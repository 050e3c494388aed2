import CNCursesW
import CTerminalSupport
import Dashboard
import Glibc

/// The terminal, driven through ncursesw: the only place that talks to curses.
///
/// Confined to the main actor (curses and its `WINDOW*` are not thread-safe). `start` takes the
/// screen, `draw` flushes a `Screen` writing only the cells that changed, `readKeys` drains the
/// keyboard, `stop` gives the screen back. Keys come from `/dev/tty` when stdin is not a terminal,
/// so data can be piped into the program.
@MainActor
public final class Terminal {
    /// The colours the terminal can show (truecolor terminals are driven as 256-colour ones).
    public let colorDepth: ColorDepth
    /// Whether the user's locale is UTF-8; without it non-ASCII cells are drawn as `?`.
    public let isUTF8: Bool
    /// The current size.
    public private(set) var size: TerminalSize
    /// The file descriptor keys arrive on: watch it for readability, then call `readKeys()`.
    public let inputDescriptor: Int32

    private let window: UnsafeMutablePointer<WINDOW>
    private let screenHandle: OpaquePointer
    private let outputDescriptor: Int32
    private var previous: Screen?
    private var pairs: ColorPairs
    private var renditions: [Style: (attributes: attr_t, pair: Int16)] = [:]
    /// The style drawn last and its rendition: neighbouring cells mostly share one.
    private var lastRendition: (style: Style, rendition: (attributes: attr_t, pair: Int16))?
    private var characters = [wchar_t](repeating: 0, count: 6)
    private var isActive = true

    /// Takes over the terminal named by `TERM` in `environment`.
    ///
    /// Call `TextLocale.prepare()` first (it is called here too). Ignores SIGINT, SIGTERM, SIGHUP,
    /// SIGWINCH and SIGPIPE before curses starts, so curses installs no handlers of its own:
    /// `TerminalRunLoop` receives them. Installs the fatal-signal restore of `CTerminalSupport`.
    /// `maximumDepth` caps the colours used (pass `.monochrome` for `NO_COLOR`). `TERM` is checked
    /// first, so an unusable one is what gets reported, with or without a terminal device.
    public static func start(environment: [String: String], maximumDepth: ColorDepth = .truecolor) throws(TerminalError) -> Terminal {
        let isUTF8 = TextLocale.prepare()
        guard let term = environment["TERM"], !term.isEmpty else { throw .noTermVariable }
        try probe(term: term, descriptor: STDOUT_FILENO)
        let input: UnsafeMutablePointer<FILE>
        if isatty(STDIN_FILENO) == 1, let terminalInput = fdopen(STDIN_FILENO, "r") {
            input = terminalInput
        } else if let tty = fopen("/dev/tty", "r") {
            input = tty
        } else {
            throw .noTerminalDevice
        }
        let output: UnsafeMutablePointer<FILE>
        if isatty(STDOUT_FILENO) == 1, let terminalOutput = fdopen(STDOUT_FILENO, "w") {
            output = terminalOutput
        } else if let tty = fopen("/dev/tty", "w") {
            output = tty
        } else {
            throw .noTerminalDevice
        }
        for signalNumber in [SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGPIPE] {
            signal(signalNumber, SIG_IGN)
        }
        _ = cterminal_install_fatal_handlers(fileno(output))
        guard let screenHandle = newterm(term, output, input), let window = cncurses_stdscr() else {
            throw .startFailed("newterm failed for TERM=\(term)")
        }
        cterminal_set_screen_taken(1)
        return Terminal(screenHandle: screenHandle, window: window, input: input, output: output,
                        isUTF8: isUTF8, maximumDepth: maximumDepth)
    }

    private init(screenHandle: OpaquePointer, window: UnsafeMutablePointer<WINDOW>, input: UnsafeMutablePointer<FILE>, output: UnsafeMutablePointer<FILE>,
                 isUTF8: Bool, maximumDepth: ColorDepth) {
        self.screenHandle = screenHandle
        self.window = window
        inputDescriptor = fileno(input)
        outputDescriptor = fileno(output)
        self.isUTF8 = isUTF8
        cbreak()
        noecho()
        nonl()
        intrflush(window, false)
        keypad(window, true)
        nodelay(window, true)
        leaveok(window, true)
        curs_set(0)
        set_escdelay(25)
        // No look for typed keys in the middle of an update: curses would flush its output before each look,
        // writing a frame in dozens of small writes with a poll between them, instead of one write.
        typeahead(-1)
        for (sequence, code) in Self.alternateKeySequences { define_key(sequence, code) }
        // ncurses 6.4 flushes its output after every cursor move until the screen has once been left and
        // resumed, so a frame went out in one write per changed run of cells; leaving and resuming once, before
        // anything is drawn, makes it one write per frame. Done before colours start, so leaving writes no
        // colour reset (an OSC string).
        def_prog_mode()
        endwin()
        doupdate()
        var defaultColors = false
        var depth = ColorDepth.monochrome
        if has_colors(), maximumDepth > .monochrome {
            start_color()
            defaultColors = use_default_colors() != ERR
            let colors = cncurses_colors()
            depth = colors >= 256 ? .indexed256 : colors >= 16 ? .sixteen : colors >= 8 ? .eight : .monochrome
        }
        colorDepth = min(depth, maximumDepth)
        pairs = ColorPairs(colorPairs: Int(cncurses_color_pairs()), defaultColors: defaultColors)
        size = TerminalSize(width: Int(cncurses_cols()), height: Int(cncurses_lines()))
    }

    /// Sequences terminals send for Home and End under a `TERM` that names other ones (common over
    /// SSH and inside tmux or screen), taught to curses as well as the terminfo ones.
    private static let alternateKeySequences: [(String, Int32)] = [
        ("\u{1B}[1~", KEY_HOME), ("\u{1B}[H", KEY_HOME), ("\u{1B}OH", KEY_HOME), ("\u{1B}[7~", KEY_HOME),
        ("\u{1B}[4~", KEY_END), ("\u{1B}[F", KEY_END), ("\u{1B}OF", KEY_END), ("\u{1B}[8~", KEY_END),
        ("\u{1B}[Z", KEY_BTAB),
    ]

    /// Fails for an unknown `TERM` and for terminals that cannot move the cursor.
    private static func probe(term: String, descriptor: Int32) throws(TerminalError) {
        var status: Int32 = 0
        guard setupterm(term, descriptor, &status) == OK else {
            if status == -1 { throw .noTerminfoDatabase(term) }
            throw .unknownTerminal(term)
        }
        let cursorAddress = tigetstr("cup")
        cncurses_release_probe_terminal()
        guard let cursorAddress, Int(bitPattern: cursorAddress) != -1 else {
            throw .noCursorAddressing(term)
        }
    }

    /// Flushes `screen`, writing only the cells that differ from the last frame drawn; nothing at all
    /// is written when nothing changed. Cells beyond the terminal's size are left out.
    public func draw(_ screen: Screen) {
        guard isActive else { return }
        let last = previous.flatMap { $0.width == screen.width && $0.height == screen.height ? $0 : nil }
        if last == nil { werase(window) }
        let columns = min(screen.width, size.width)
        let rows = min(screen.height, size.height)
        var changed = last == nil
        var coveredUpTo = (x: -1, y: -1)
        screen.forEachChangedCell(since: last) { x, y in
            guard x < columns, y < rows, (x, y) != coveredUpTo else { return }
            changed = true
            if put(screen, x: x, y: y, columns: columns) == 2 { coveredUpTo = (x + 1, y) }
        }
        previous = screen
        guard changed else { return }
        wnoutrefresh(window)
        doupdate()
    }

    /// Draws one cell and returns how many columns it covered. Without UTF-8 a non-ASCII glyph is
    /// drawn as `?` (and a space for a wide one's second column); a wide glyph cut by the right edge
    /// is drawn as a space.
    private func put(_ screen: Screen, x: Int, y: Int, columns: Int) -> Int {
        let cell = screen.cell(x: x, y: y)
        if cell.kind == .continuation { return 1 }
        let rendition = rendition(for: screen.style(of: cell))
        let wideFits = cell.kind == .wide && x + 1 < columns
        var count = 0
        if cell.kind == .wide && !wideFits {
            characters[0] = 0x20
            count = 1
        } else if isUTF8, !cell.hasMarks {
            characters[0] = wchar_t(bitPattern: cell.scalar.value)
            count = 1
        } else if isUTF8 {
            for scalar in screen.glyph(x: x, y: y).unicodeScalars.prefix(5) {
                characters[count] = wchar_t(bitPattern: scalar.value)
                count += 1
            }
        } else {
            characters[0] = cell.scalar.isASCII ? wchar_t(bitPattern: cell.scalar.value) : 0x3F
            count = 1
        }
        characters[count] = 0
        var complex = cchar_t()
        setcchar(&complex, characters, rendition.attributes, rendition.pair, nil)
        mvwadd_wch(window, Int32(y), Int32(x), &complex)
        if wideFits && !isUTF8 {
            characters[0] = 0x20
            characters[1] = 0
            setcchar(&complex, characters, rendition.attributes, rendition.pair, nil)
            mvwadd_wch(window, Int32(y), Int32(x + 1), &complex)
        }
        return cell.kind == .wide ? 2 : 1
    }

    private func rendition(for style: Style) -> (attributes: attr_t, pair: Int16) {
        if let last = lastRendition, last.style == style { return last.rendition }
        let known = renditions[style] ?? newRendition(for: style)
        lastRendition = (style, known)
        return known
    }

    private func newRendition(for style: Style) -> (attributes: attr_t, pair: Int16) {
        let shown = style.downgraded(to: colorDepth)
        var attributes = cncurses_wa_normal()
        if shown.attributes.contains(.bold) { attributes |= cncurses_wa_bold() }
        if shown.attributes.contains(.dim) { attributes |= cncurses_wa_dim() }
        if shown.attributes.contains(.reverse) { attributes |= cncurses_wa_reverse() }
        if shown.attributes.contains(.underline) { attributes |= cncurses_wa_underline() }
        let pair = colorDepth == .monochrome ? 0 : pairs.pair(foreground: shown.foreground, background: shown.background)
        let result = (attributes, pair)
        renditions[style] = result
        return result
    }

    /// Every key waiting, without blocking (a lone ESC is told from a sequence within 25 ms).
    public func readKeys() -> [Key] {
        guard isActive else { return [] }
        var keys: [Key] = []
        var code: wint_t = 0
        while keys.count < 4096 {
            let result = wget_wch(window, &code)
            if result == ERR { break }
            let key = result == KEY_CODE_YES ? Self.functionKey(Int32(code)) : Key(terminalCharacter: UInt32(code))
            if let key { keys.append(key) }
        }
        return keys
    }

    private static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_BTAB: return .backTab
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_RESIZE: return .resize
        case cncurses_key_f(1)...cncurses_key_f(63): return .function(Int(code - cncurses_key_f(0)))
        default: return nil
        }
    }

    /// Reads the size from the terminal (after SIGWINCH), resizes curses and forces a full redraw that
    /// clears the screen first: a terminal may show old cells again where it grows (tmux does), and
    /// curses, believing them blank, would never overwrite them.
    @discardableResult
    public func updateSize() -> TerminalSize {
        guard isActive else { return size }
        var rows: Int32 = 0
        var columns: Int32 = 0
        if cterminal_window_size(outputDescriptor, &rows, &columns) == 0 {
            resize_term(rows, columns)
        }
        size = TerminalSize(width: Int(cncurses_cols()), height: Int(cncurses_lines()))
        clearok(window, true)
        previous = nil
        return size
    }

    /// Repaints everything on the next `draw` (for ^L after the screen was disturbed).
    public func redrawAll() {
        guard isActive else { return }
        clearok(window, true)
        previous = nil
    }

    /// Rings the terminal's bell (or flashes the screen where it has no bell).
    public func bell() {
        guard isActive else { return }
        beep()
    }

    /// Gives the screen back (normal screen, cursor, saved terminal modes); safe to call twice.
    public func stop() {
        guard isActive else { return }
        isActive = false
        endwin()
        delscreen(screenHandle)
        cterminal_set_screen_taken(0)
    }
}
