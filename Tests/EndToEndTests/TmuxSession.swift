import Foundation

/// A private tmux server running one program in a pane of a given size: what a person would see,
/// typed at with `send-keys` and read with `capture-pane`.
final class TmuxSession {
    let socket: String
    private(set) var width: Int
    private(set) var height: Int

    /// Starts `command` (a shell command line) in a new detached session. `NO_COLOR`, which SwiftPM
    /// sets for test processes, is left out of the pane's environment unless `environment` has it.
    init(_ command: String, width: Int = 160, height: Int = 48, term: String = "xterm-256color",
         environment: [String: String] = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"]) throws {
        socket = "exesdb-top-test-\(UUID().uuidString.prefix(8))"
        self.width = width
        self.height = height
        let exports = environment.map { "export \($0.key)='\($0.value)';" }.joined(separator: " ")
        let config = Self.configuration(socket)
        try "set -g status off\nset -g default-terminal \(term)\nset -g remain-on-exit on\n"
            .write(to: config, atomically: true, encoding: .utf8)
        try tmux(["-f", config.path, "new-session", "-d", "-s", "main", "-x", String(width), "-y", String(height),
                  "/bin/sh", "-c", "unset NO_COLOR; \(exports) export TERM=\(term); \(command)"])
    }

    /// Whether tmux is installed where these sessions look for it.
    static var isInstalled: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") }

    /// The console (`exesdb-top` with `arguments`) run by the pane's shell, or nil after printing why
    /// when tmux is not installed.
    static func console(_ arguments: String = "--demo", width: Int = 160, height: Int = 48,
                        term: String = "xterm-256color", locale: String = "C.UTF-8") throws -> TmuxSession? {
        guard isInstalled else {
            print("console tests skipped: tmux is not installed (/usr/bin/tmux)")
            return nil
        }
        return try TmuxSession("'\(Binary.path)' \(arguments); echo \"\(exitMarker)$?\"", width: width, height: height,
                               term: term, environment: ["LANG": locale, "LC_ALL": locale])
    }

    /// What a console session prints when the console ends, before its status. tmux 3.3a sometimes never
    /// reaps the pane's program (it stays a zombie and `pane_dead_status` stays empty), so the shell
    /// that ran the console reports the status on the screen as well.
    static let exitMarker = "exesdb-top exited with status "

    deinit {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: Self.configuration(socket))
    }

    private static func configuration(_ socket: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("\(socket).conf")
    }

    /// Runs a tmux command on this session's private server and returns what it printed.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        try Self.output(of: "/usr/bin/tmux", ["-L", socket] + arguments)
    }

    /// Runs a program to its end and returns its standard output (standard error is dropped).
    ///
    /// Spawned here rather than with Foundation's `Process`, because the tmux client forks the server,
    /// which lives on: it gets no descriptor but its standard ones (one inherited from `Process` kept
    /// `waitUntilExit` blocked for the server's lifetime), and a clear signal mask with default handlers
    /// (a SIGCHLD blocked on the test's thread left the server unable to reap the pane's program, so
    /// the exit status never showed and `kill-server` hung).
    static func output(of path: String, _ arguments: [String]) throws -> String {
        var ends: [Int32] = [0, 0]
        guard openPipe(&ends, O_CLOEXEC) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, ends[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        addCloseFrom(&actions, 3)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var signals = sigset_t()
        sigemptyset(&signals)
        posix_spawnattr_setsigmask(&attributes, &signals)
        sigfillset(&signals)
        posix_spawnattr_setsigdefault(&attributes, &signals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, environ)
        close(ends[1])
        defer { close(ends[0]) }
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        var output = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(ends[0], &buffer, buffer.count)
            if count > 0 {
                output.append(contentsOf: buffer[0..<count])
            } else if count == 0 || errno != EINTR {
                break
            }
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return String(decoding: output, as: UTF8.self)
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

    /// The pids of the processes the pane's program started.
    func childPIDs() throws -> [Int32] {
        try Self.output(of: "/usr/bin/pgrep", ["-P", String(try panePID())]).split(separator: "\n").compactMap { Int32($0) }
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
        try waitFor(timeout: timeout, capture: screen, condition)
    }

    /// Captures with `capture` until `condition` holds or `timeout` seconds pass; returns the last capture. A
    /// capture can catch a frame half written, so the condition must still hold on a second capture a moment
    /// later, and that one is returned.
    func waitFor<Capture>(timeout: Double, capture: () throws -> Capture, _ condition: (Capture) -> Bool) throws
        -> (Bool, Capture) {
        let deadline = Date().addingTimeInterval(timeout)
        var last = try capture()
        repeat {
            if condition(last) {
                Thread.sleep(forTimeInterval: 0.05)
                last = try capture()
                if condition(last) { return (true, last) }
            }
            Thread.sleep(forTimeInterval: 0.05)
            last = try capture()
        } while Date() < deadline
        return (false, last)
    }

    /// Polls the screen, read as `ScreenText`, until `condition` holds or `timeout` seconds pass; returns
    /// whether it held and the last screen seen.
    func waitForText(timeout: Double = 15, ascii: Bool = false, _ condition: (ScreenText) -> Bool) throws
        -> (Bool, ScreenText) {
        let (held, text) = try waitForScreen(timeout: timeout) { condition(ScreenText($0, ascii: ascii)) }
        return (held, ScreenText(text, ascii: ascii))
    }

    /// Polls until every pane shows the demo's data; returns the last screen seen.
    func waitForDemoData(timeout: Double = 15, ascii: Bool = false) throws -> ScreenText {
        try waitForText(timeout: timeout, ascii: ascii) { $0.missingDemoData().isEmpty }.1
    }

    /// Polls until the program exits; returns its status (from tmux, or as a console session prints it).
    func waitForExit(timeout: Double = 5) throws -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            let text = try screen()
            if let marker = text.range(of: Self.exitMarker) { return Int32(text[marker.upperBound...].prefix(while: \.isNumber)) }
            if let status = try exitStatus() { return status }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline
        return nil
    }
}

/// glibc's `pipe2` and `posix_spawn_file_actions_addclosefrom_np`, declared only under `_GNU_SOURCE`
/// and so invisible through `import Glibc`.
@_silgen_name("pipe2")
private func openPipe(_ ends: UnsafeMutablePointer<Int32>, _ flags: Int32) -> Int32

@_silgen_name("posix_spawn_file_actions_addclosefrom_np")
@discardableResult
private func addCloseFrom(_ actions: UnsafeMutablePointer<posix_spawn_file_actions_t>, _ lowest: Int32) -> Int32
