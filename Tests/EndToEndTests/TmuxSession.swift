import Foundation

/// A private tmux server running one program in a pane of a given size: what a person would see,
/// typed at with `send-keys` and read with `capture-pane`.
final class TmuxSession {
    let socket: String
    private(set) var width: Int
    private(set) var height: Int

    /// Starts `command` (a shell command line) in a new detached session.
    init(_ command: String, width: Int = 160, height: Int = 48, term: String = "xterm-256color",
         environment: [String: String] = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"]) throws {
        socket = "exesdb-top-test-\(UUID().uuidString.prefix(8))"
        self.width = width
        self.height = height
        let exports = environment.map { "export \($0.key)='\($0.value)';" }.joined(separator: " ")
        let config = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket).conf")
        try "set -g status off\nset -g default-terminal \(term)\nset -g remain-on-exit on\n"
            .write(to: config, atomically: true, encoding: .utf8)
        try tmux(["-f", config.path, "new-session", "-d", "-s", "main", "-x", String(width), "-y", String(height),
                  "/bin/sh", "-c", "\(exports) export TERM=\(term); \(command)"])
    }

    deinit {
        _ = try? tmux(["kill-server"])
    }

    /// Runs a tmux command on this session's private server and returns what it printed.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/tmux")
        process.arguments = ["-L", socket] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The pane's text as a person sees it.
    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", "main"])
    }

    /// The pane with colours, as SGR sequences.
    func screenWithColours() throws -> String {
        try tmux(["capture-pane", "-p", "-e", "-t", "main"])
    }

    /// Types keys (tmux key names, e.g. "q", "Escape", "Tab", "C-c").
    func send(_ keys: String...) throws {
        try tmux(["send-keys", "-t", "main"] + keys)
    }

    /// Types literal text.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", "main", "-l", text])
    }

    /// Resizes the window.
    func resize(width: Int, height: Int) throws {
        self.width = width
        self.height = height
        try tmux(["resize-window", "-t", "main", "-x", String(width), "-y", String(height)])
    }

    /// The pid of the program running in the pane.
    func panePID() throws -> Int32 {
        Int32(try tmux(["display", "-p", "-t", "main", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }

    /// Whether the pane's program has exited, and its status.
    func exitStatus() throws -> Int32? {
        let text = try tmux(["display", "-p", "-t", "main", "#{pane_dead} #{pane_dead_status}"])
        let parts = text.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        guard parts.first == "1", parts.count > 1 else { return nil }
        return Int32(parts[1])
    }

    /// Polls the screen until `condition` holds or `timeout` seconds pass; returns the last screen seen.
    func waitForScreen(timeout: Double = 5, _ condition: (String) -> Bool) throws -> (Bool, String) {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        repeat {
            last = try screen()
            if condition(last) { return (true, last) }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline
        return (false, last)
    }

    /// Polls until the program exits; returns its status.
    func waitForExit(timeout: Double = 5) throws -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if let status = try exitStatus() { return status }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline
        return nil
    }
}
