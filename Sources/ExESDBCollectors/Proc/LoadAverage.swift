/// The figures of /proc/loadavg.
public struct LoadAverage: Sendable, Hashable {
    /// Load over 1, 5 and 15 minutes.
    public var one: Double, five: Double, fifteen: Double
    /// Runnable tasks and all tasks (threads included).
    public var running: Int, tasks: Int

    /// Figures as read.
    public init(one: Double, five: Double, fifteen: Double, running: Int, tasks: Int) {
        self.one = one
        self.five = five
        self.fifteen = fifteen
        self.running = running
        self.tasks = tasks
    }

    /// Reads "0.52 0.58 0.59 2/817 12345"; nil when malformed.
    public static func parse(loadavg text: String) -> LoadAverage? {
        let fields = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard fields.count >= 4, let one = Double(fields[0]), let five = Double(fields[1]),
              let fifteen = Double(fields[2]) else { return nil }
        let tasks = fields[3].split(separator: "/")
        guard tasks.count == 2, let running = Int(tasks[0]), let all = Int(tasks[1]) else { return nil }
        return LoadAverage(one: one, five: five, fifteen: fifteen, running: running, tasks: all)
    }
}
