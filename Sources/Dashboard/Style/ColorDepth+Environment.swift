extension ColorDepth {
    /// The depth a terminal probably has, judged from the environment alone (for output that does
    /// not go through curses, such as `snapshot --ansi`): `COLORTERM=truecolor|24bit` → truecolor,
    /// a `TERM` naming 256 colours → indexed256, `dumb`, `vt100`, `vt220` or no `TERM` → monochrome,
    /// any other `TERM` → sixteen.
    public init(environment: [String: String]) {
        let colorTerm = environment["COLORTERM"]?.lowercased() ?? ""
        let term = environment["TERM"]?.lowercased() ?? ""
        if colorTerm == "truecolor" || colorTerm == "24bit" {
            self = .truecolor
        } else if term.firstRange(of: "256color") != nil {
            self = .indexed256
        } else if term.isEmpty || term == "dumb" || term.hasPrefix("vt100") || term.hasPrefix("vt220") {
            self = .monochrome
        } else {
            self = .sixteen
        }
    }
}
