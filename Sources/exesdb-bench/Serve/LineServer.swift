import Glibc

/// A stand-in for the ExESDB bridge: listens on 127.0.0.1 and sends each client that connects (one at a
/// time) the generated stream at a steady rate of lines per second, or as fast as the client reads.
struct LineServer {
    /// Lines per second; 0 floods.
    var rate: Int
    /// The port to listen on; 0 lets the system choose (printed on standard output).
    var port: UInt16
    /// Distinct lines sent over and over.
    var cycleLength = 100_000

    /// Serves until killed. Prints `listening on 127.0.0.1:PORT` once ready.
    func run() throws(LineServerError) -> Never {
        let listener = try listen()
        let (bytes, ends) = cycle()
        while true {
            let client = accept(listener, nil, nil)
            guard client >= 0 else { continue }
            serve(client, bytes: bytes, ends: ends)
            close(client)
        }
    }

    private func listen() throws(LineServerError) -> Int32 {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard listener >= 0 else { throw LineServerError(step: "socket", errno: errno) }
        var yes: Int32 = 1
        setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else { throw LineServerError(step: "bind", errno: errno) }
        guard Glibc.listen(listener, 8) == 0 else { throw LineServerError(step: "listen", errno: errno) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        print("listening on 127.0.0.1:\(UInt16(bigEndian: address.sin_port))")
        fflush(nil)
        return listener
    }

    /// The lines of the cycle back to back with their newlines, and where each ends (after its newline).
    private func cycle() -> ([UInt8], [Int]) {
        let generator = StreamGenerator()
        var bytes: [UInt8] = [], ends: [Int] = []
        ends.reserveCapacity(cycleLength)
        for number in 0..<cycleLength {
            bytes.append(contentsOf: generator.line(number).utf8)
            bytes.append(0x0A)
            ends.append(bytes.count)
        }
        return (bytes, ends)
    }

    /// Sends lines until the client goes away: at `rate`, topping up every 2 ms, or flat out.
    private func serve(_ client: Int32, bytes: [UInt8], ends: [Int]) {
        let started = ContinuousClock.now
        var sent = 0
        var next = 0
        while true {
            let due: Int
            if rate > 0 {
                let elapsed = ContinuousClock.now - started
                let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
                due = Int(seconds * Double(rate)) - sent
                if due <= 0 {
                    var pause = timespec(tv_sec: 0, tv_nsec: 2_000_000)
                    nanosleep(&pause, nil)
                    continue
                }
            } else {
                due = 500
            }
            var remaining = due
            while remaining > 0 {
                let count = min(remaining, ends.count - next)
                let from = next == 0 ? 0 : ends[next - 1]
                let to = ends[next + count - 1]
                guard sendAll(client, bytes, from..<to) else { return }
                remaining -= count
                next = (next + count) % ends.count
            }
            sent += due
        }
    }

    private func sendAll(_ client: Int32, _ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var offset = range.lowerBound
            while offset < range.upperBound {
                let count = send(client, buffer.baseAddress! + offset, range.upperBound - offset, Int32(MSG_NOSIGNAL))
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
    }
}
