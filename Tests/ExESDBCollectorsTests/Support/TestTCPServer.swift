import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A plain-socket TCP server on 127.0.0.1 that a test can kill and restart on the same port. Its
/// sockets are close-on-exec so processes other tests spawn cannot keep a connection open.
final class TestTCPServer {
    private(set) var port: UInt16
    private var listener: Int32 = -1

    /// Listens on `port`; 0 picks a free one below the kernel's ephemeral range (32768 up), so that no
    /// outgoing connection — another test's, or a client reconnecting to itself while the server is down — can
    /// take the port between a stop and the restart.
    init(port: UInt16 = 0) throws {
        self.port = port
        guard port == 0 else {
            try listen()
            return
        }
        for _ in 0..<200 {
            self.port = UInt16.random(in: 20_000..<32_000)
            do {
                try listen()
                return
            } catch POSIXError.EADDRINUSE {
                continue
            }
        }
        throw POSIXError(.EADDRINUSE)
    }

    deinit { stop() }

    /// Opens the listening socket again on the same port.
    func listen() throws {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard socket >= 0 else { throw POSIXError(.EIO) }
        var one: Int32 = 1
        setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, Glibc.listen(socket, 16) == 0 else {
            Glibc.close(socket)
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
        }
        port = UInt16(bigEndian: address.sin_port)
        listener = socket
    }

    /// Waits up to `timeout` seconds for a client; returns its socket.
    func accept(timeout: Double = 5) async -> TestConnection? {
        guard await Self.readable(listener, timeout: timeout) else { return nil }
        let client = Glibc.accept(listener, nil, nil)
        if client >= 0 { _ = fcntl(client, F_SETFD, FD_CLOEXEC) }
        return client >= 0 ? TestConnection(descriptor: client) : nil
    }

    /// Waits (suspending, not blocking) until `descriptor` is readable or `timeout` seconds pass. Looks once
    /// more after the deadline, so a task resumed late still sees what arrived meanwhile.
    static func readable(_ descriptor: Int32, timeout: Double) async -> Bool {
        let deadline = Date(timeIntervalSinceNow: timeout)
        while true {
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            if poll(&request, 1, 0) == 1 { return true }
            if Date() >= deadline { return false }
            try? await Task.sleep(nanoseconds: 5_000_000)
        }
    }

    /// Closes the listening socket: new connections are refused.
    func stop() {
        if listener >= 0 { Glibc.close(listener) }
        listener = -1
    }
}

/// One accepted connection.
final class TestConnection {
    private(set) var descriptor: Int32
    private var pending: [UInt8] = []

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit { close() }

    /// Writes `text` entirely.
    func write(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if written <= 0 { return }
            bytes = bytes.dropFirst(written)
        }
    }

    /// Reads one line (without newline), waiting up to `timeout` seconds.
    func readLine(timeout: Double = 5) async -> String? {
        let deadline = Date(timeIntervalSinceNow: timeout)
        while true {
            if let newline = pending.firstIndex(of: 0x0A) {
                let line = String(decoding: pending[..<newline], as: UTF8.self)
                pending.removeFirst(newline + 1)
                return line
            }
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else { return nil }
            guard await TestTCPServer.readable(descriptor, timeout: remaining) else { return nil }
            var buffer = [UInt8](repeating: 0, count: 4096)
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { return nil }
            pending += buffer[..<count]
        }
    }

    /// Closes gracefully (FIN).
    func close() {
        if descriptor >= 0 { Glibc.close(descriptor) }
        descriptor = -1
    }

    /// Closes with a reset (RST), as a crashed peer's kernel would.
    func reset() {
        var linger = Glibc.linger(l_onoff: 1, l_linger: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<Glibc.linger>.size))
        close()
    }
}

extension TestConnection {
    /// Connects to 127.0.0.1:`port`; nil when refused.
    static func connect(port: UInt16) -> TestConnection? {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard socket >= 0 else { return nil }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            Glibc.close(socket)
            return nil
        }
        return TestConnection(descriptor: socket)
    }
}
