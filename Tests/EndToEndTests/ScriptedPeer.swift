import Foundation

/// A bridge on 127.0.0.1 that a test scripts byte by byte: it listens on a free port, accepts the console, reads
/// what the console sends upstream, and writes, half-closes or resets the connection when told.
final class ScriptedPeer {
    /// The port it listens on.
    let port: UInt16
    private let listener: Int32
    private var connection: Int32 = -1
    private var pending: [UInt8] = []

    init() throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(listener, pointer, length) == 0 && listen(listener, 4) == 0 && getsockname(listener, pointer, &length) == 0
            }
        }
        guard bound else {
            close(listener)
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
        self.listener = listener
        port = UInt16(bigEndian: address.sin_port)
    }

    deinit {
        if connection >= 0 { close(connection) }
        close(listener)
    }

    /// Waits up to `timeout` seconds for the console to connect; true when it did.
    func accept(timeout: Double = 15) -> Bool {
        var request = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
        guard poll(&request, 1, Int32(timeout * 1000)) == 1 else { return false }
        if connection >= 0 { close(connection) }
        pending = []
        connection = Glibc.accept(listener, nil, nil)
        if connection >= 0 { _ = fcntl(connection, F_SETFD, FD_CLOEXEC) }
        return connection >= 0
    }

    /// Writes all of `text` (blocking while the console catches up).
    func write(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if written <= 0 { return }
            bytes = bytes.dropFirst(written)
        }
    }

    /// Reads one line the console sent upstream (without its newline), waiting up to `timeout` seconds.
    func readLine(timeout: Double = 5) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let newline = pending.firstIndex(of: 0x0A) {
                defer { pending.removeFirst(newline + 1) }
                return String(decoding: pending[..<newline], as: UTF8.self)
            }
            let remaining = deadline.timeIntervalSinceNow
            var request = pollfd(fd: connection, events: Int16(POLLIN), revents: 0)
            guard remaining > 0, poll(&request, 1, Int32(remaining * 1000)) == 1 else { return nil }
            var buffer = [UInt8](repeating: 0, count: 4096)
            let count = recv(connection, &buffer, buffer.count, 0)
            guard count > 0 else { return nil }
            pending += buffer[..<count]
        }
    }

    /// Stops sending (FIN) but keeps the connection open for reading: a half-close.
    func halfClose() {
        shutdown(connection, Int32(SHUT_WR))
    }

    /// Closes with a reset (RST), as a crashed peer's kernel would.
    func reset() {
        var linger = Glibc.linger(l_onoff: 1, l_linger: 0)
        setsockopt(connection, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<Glibc.linger>.size))
        close(connection)
        connection = -1
    }
}
