#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One run of a hook command, on the calling thread: spawn `/bin/sh -c` in its own process group, feed its
/// standard input, collect its output (through socket pairs, so that writing to a child that exited raises
/// no SIGPIPE), and kill the group at the deadline.
enum HookProcess {
    enum Outcome: Sendable, Equatable {
        case exited(Int32, output: String)
        case signalled(Int32, output: String)
        case timedOut(output: String)
        case notStarted(String)
    }

    static func run(command: String, input: [UInt8], environment: [String: String], timeout: Double,
                    keepingOutput limit: Int) -> Outcome {
        var stdinPair: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &stdinPair) == 0 else {
            return .notStarted(POSIXFile.text(errno))
        }
        var outputPipe: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &outputPipe) == 0 else {
            let failure = errno
            close(stdinPair[0])
            close(stdinPair[1])
            return .notStarted(POSIXFile.text(failure))
        }
        let spawned = spawn(command: command, environment: environment, stdin: stdinPair[0], output: outputPipe[1])
        close(stdinPair[0])
        close(outputPipe[1])
        guard case .success(let pid) = spawned else {
            close(stdinPair[1])
            close(outputPipe[0])
            if case .failure(let failure) = spawned { return .notStarted(POSIXFile.text(failure.code)) }
            return .notStarted("unknown")
        }
        let deadline = Date().addingTimeInterval(timeout)
        let output = exchange(input: input, stdin: stdinPair[1], output: outputPipe[0], until: deadline, keeping: limit)
        close(outputPipe[0])
        var status: Int32 = 0
        while true {
            let waited = waitpid(pid, &status, WNOHANG)
            if waited == pid { break }
            if waited < 0 && errno != EINTR { return .exited(-1, output: output.text) }
            if Date() >= deadline {
                kill(-pid, SIGKILL)
                kill(pid, SIGKILL)
                while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
                return .timedOut(output: output.text)
            }
            usleep(5_000)
        }
        if output.timedOut {
            kill(-pid, SIGKILL)
            return .timedOut(output: output.text)
        }
        let signal = status & 0x7f
        return signal == 0 ? .exited((status >> 8) & 0xff, output: output.text) : .signalled(signal, output: output.text)
    }

    private struct SpawnFailure: Error { let code: Int32 }

    private static func spawn(command: String, environment: [String: String], stdin: Int32, output: Int32)
        -> Result<pid_t, SpawnFailure> {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdin, 0)
        posix_spawn_file_actions_adddup2(&actions, output, 1)
        posix_spawn_file_actions_adddup2(&actions, output, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        posix_spawnattr_setpgroup(&attributes, 0)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGCHLD, SIGWINCH, SIGTSTP, SIGTTIN, SIGTTOU, SIGALRM] {
            sigaddset(&defaults, signal)
        }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigmask(&attributes, &mask)
        let arguments = ["sh", "-c", command].map { text in text.withCString { strdup($0) } }
        let variables = environment.map { key, value in "\(key)=\(value)".withCString { strdup($0) } }
        defer {
            arguments.forEach { free($0) }
            variables.forEach { free($0) }
        }
        var argv = arguments + [nil]
        var envp = variables + [nil]
        var pid: pid_t = 0
        let result = posix_spawn(&pid, "/bin/sh", &actions, &attributes, &argv, &envp)
        return result == 0 ? .success(pid) : .failure(SpawnFailure(code: result))
    }

    /// Writes `input` to the child's standard input (then closes it) while reading its output, until the
    /// output ends or the deadline passes. Keeps the last `limit` bytes of output.
    private static func exchange(input: [UInt8], stdin: Int32, output: Int32, until deadline: Date, keeping limit: Int)
        -> (text: String, timedOut: Bool) {
        _ = fcntl(stdin, F_SETFL, fcntl(stdin, F_GETFL) | O_NONBLOCK)
        var stdinOpen = true
        var written = 0
        var kept: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        defer { if stdinOpen { close(stdin) } }
        while true {
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else { return (String(decoding: kept, as: UTF8.self), true) }
            if stdinOpen && written >= input.count {
                close(stdin)
                stdinOpen = false
            }
            var descriptors = [pollfd(fd: output, events: Int16(POLLIN), revents: 0)]
            if stdinOpen { descriptors.append(pollfd(fd: stdin, events: Int16(POLLOUT), revents: 0)) }
            let ready = poll(&descriptors, nfds_t(descriptors.count), Int32(min(remaining * 1000, 100)))
            if ready < 0 && errno != EINTR { return (String(decoding: kept, as: UTF8.self), false) }
            if stdinOpen, descriptors.count > 1, descriptors[1].revents != 0 {
                let count = input[written...].withUnsafeBytes { send(stdin, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                if count > 0 {
                    written += count
                } else if count < 0 && errno != EAGAIN && errno != EINTR {
                    written = input.count
                }
            }
            if descriptors[0].revents != 0 {
                let count = buffer.withUnsafeMutableBytes { read(output, $0.baseAddress, $0.count) }
                if count == 0 { return (String(decoding: kept, as: UTF8.self), false) }
                if count > 0 {
                    kept += buffer[0..<count]
                    if kept.count > limit { kept.removeFirst(kept.count - limit) }
                } else if errno != EINTR && errno != EAGAIN {
                    return (String(decoding: kept, as: UTF8.self), false)
                }
            }
        }
    }
}
