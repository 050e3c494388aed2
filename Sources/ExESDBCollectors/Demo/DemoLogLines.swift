/// Raw terminal log lines as ExESDB prints them: the EmitterWorker boxes with their ANSI colours.
enum DemoLogLines {
    static let success = "\u{1B}[38;5;15;48;5;4m"
    static let failure = "\u{1B}[38;5;15;48;5;1m"
    static let action = "\u{1B}[38;5;0;48;5;214m"
    static let health = "\u{1B}[38;5;0;48;5;6m"
    static let reset = "\u{1B}[0m"
    private static let rule = String(repeating: "─", count: 70)
    private static let doubleRule = String(repeating: "═", count: 70)

    static func themed(_ colour: String, pid: String, _ message: String) -> String {
        "\(colour)[\(pid)][ex_esdb] [EMITTER] \(message)\(reset)"
    }

    /// The activation box of an emitter worker.
    static func activation(store: String, topic: String, scheduler: Int, pid: String, subscriber: String) -> [String] {
        [
            "┌\(rule)┐",
            themed(success, pid: pid, "  ★ EMITTER WORKER ACTIVATION ★               "),
            "├\(rule)┤",
            themed(success, pid: pid, "  Topic:      \"\(topic)\""),
            themed(success, pid: pid, "  Store:      \(store)"),
            themed(success, pid: pid, "  Scheduler:  \(scheduler)"),
            themed(success, pid: pid, "  PID:        \(pid)"),
            themed(success, pid: pid, "  Subscriber: \(subscriber)"),
            "└\(rule)┘",
        ]
    }

    /// The termination box of an emitter worker.
    static func termination(store: String, selector: String, reason: String, pid: String, subscriber: String) -> [String] {
        [
            "╔\(doubleRule)╗",
            themed(failure, pid: pid, "  💀 EMITTER WORKER TERMINATION 💀              "),
            "╠\(doubleRule)╣",
            themed(failure, pid: pid, "  Reason:     \(reason)"),
            themed(failure, pid: pid, "  Store:      \(store)"),
            themed(failure, pid: pid, "  Selector:   \(selector)"),
            themed(failure, pid: pid, "  Subscriber: \(subscriber)"),
            themed(failure, pid: pid, "  PID:        \(pid)"),
            "╚\(doubleRule)╝",
        ]
    }
}
