/// The words after a subcommand: `--name value` options and the other words, in order.
struct CommandLineOptions {
    private var values: [String: String] = [:]
    /// The words that are not options.
    private(set) var positional: [String] = []

    init(_ words: some Sequence<String>) {
        var pendingName: String?
        for word in words {
            if let name = pendingName {
                values[name] = word
                pendingName = nil
            } else if word.hasPrefix("--") {
                pendingName = String(word.dropFirst(2))
            } else {
                positional.append(word)
            }
        }
        if let name = pendingName { values[name] = "" }
    }

    /// The whole number given for `--name` (underscores allowed: `10_000_000`), or `fallback`.
    func integer(_ name: String, or fallback: Int) -> Int {
        values[name].flatMap { Int($0.filter { $0 != "_" }) } ?? fallback
    }
}
