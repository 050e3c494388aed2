import Foundation
import Synchronization
import Testing
@testable import ExESDBCollectors

@Suite(.serialized) struct FloodTests {
    private static let lineCount = 1_000_000

    private static func line(_ number: Int) -> String {
        "{\"type\":\"ThroughputMetric\",\"operation\":\"event_emission\",\"count\":\(number)}\n"
    }

    @Test func framerCutsAMillionLines() async throws {
        var chunk = ""
        var chunks: [[UInt8]] = []
        for number in 0..<Self.lineCount {
            chunk += Self.line(number)
            if chunk.utf8.count > 65_000 {
                chunks.append(Array(chunk.utf8))
                chunk = ""
            }
        }
        chunks.append(Array(chunk.utf8))
        var framer = LineFramer()
        let started = Date()
        var count = 0
        for bytes in chunks { count += framer.append(bytes).lines.count }
        let seconds = Date().timeIntervalSince(started)
        #expect(count == Self.lineCount)
        #expect(framer.bufferedByteCount == 0)
        print("flood: LineFramer cut \(count) lines in \(String(format: "%.2f", seconds)) s (\(Int(Double(count) / seconds)) lines/s)")
    }

    /// A writer floods a pipe as fast as it can while the consumer drains slowly: the source must
    /// slow the writer down (backpressure) instead of buffering, and lose nothing.
    @Test func floodThroughAPipeIsThrottledNotBufferedAndLosesNothing() async throws {
        let pipe = Pipe()
        let mailbox = LineMailbox(lineCapacity: 20_000)
        let collector = FileDescriptorCollector(descriptor: pipe.fileHandleForReading.fileDescriptor, id: SourceID("flood"))
        collector.start(deliver: mailbox.post)
        defer { collector.stop() }
        let written = Atomic<Int>(0)
        let writer = pipe.fileHandleForWriting
        let writerThread = Thread {
            var batch: [UInt8] = []
            batch.reserveCapacity(64 * 1024)
            for number in 0..<Self.lineCount {
                Self.appendLine(number, to: &batch)
                if number % 500 == 499 || number == Self.lineCount - 1 {
                    try? writer.write(contentsOf: Data(batch))
                    written.store(number + 1, ordering: .relaxed)
                    batch.removeAll(keepingCapacity: true)
                }
            }
            try? writer.close()
        }
        writerThread.start()

        let residentBefore = Self.residentBytes()
        var received = 0
        var inOrder = true
        var maximumInFlight = 0
        var maximumHeld = 0
        var ended = false
        let started = Date()
        // The consumer stalls for half a second: the writer could write ~150,000 lines meanwhile.
        try await Task.sleep(nanoseconds: 500000000)
        while !ended, Date().timeIntervalSince(started) < 60 {
            maximumHeld = max(maximumHeld, mailbox.pendingLineCount)
            maximumInFlight = max(maximumInFlight, written.load(ordering: .relaxed) - received)
            let outputs = mailbox.drain()
            if outputs.isEmpty { try await Task.sleep(nanoseconds: 1_000_000) }
            for output in outputs {
                switch output {
                case .lines(let lines):
                    // Every 997th line is compared: a lost or reordered line shifts all later ones.
                    for line in lines {
                        if received % 997 == 0, line.bytes != Array(Self.line(received).utf8.dropLast()) { inOrder = false }
                        received += 1
                    }
                case .state(_, .ended): ended = true
                default: break
                }
            }
        }
        let seconds = Date().timeIntervalSince(started)
        let growth = Self.residentBytes() - residentBefore
        #expect(ended)
        #expect(received == Self.lineCount)
        #expect(inOrder)
        #expect(maximumHeld <= 20_000 + 2_000)
        // Mailbox capacity + one 64 KiB read + the pipe's buffer, in ~75-byte lines, plus one writer batch.
        #expect(maximumInFlight < 20_000 + 5_000)
        #expect(mailbox.backpressureWaitCount > 0)
        #expect(growth < 64 << 20)
        print("flood: \(received) lines through a pipe in \(String(format: "%.2f", seconds)) s, max in flight \(maximumInFlight), max held \(maximumHeld), producer waits \(mailbox.backpressureWaitCount), RSS growth \(growth >> 10) KiB")
    }

    private static let prefix = Array("{\"type\":\"ThroughputMetric\",\"operation\":\"event_emission\",\"count\":".utf8)

    /// Appends `line(number)` as bytes without building a String.
    private static func appendLine(_ number: Int, to bytes: inout [UInt8]) {
        bytes += prefix
        var digits: [UInt8] = []
        var rest = number
        repeat {
            digits.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        bytes += digits.reversed()
        bytes += [UInt8(ascii: "}"), 0x0A]
    }

    private static func residentBytes() -> Int {
        let statm = (try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8)) ?? ""
        let pages = statm.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}
