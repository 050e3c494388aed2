import ArgumentParser
import ExESDBCollectors
import ExESDBMonitor
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `exesdb-top validate FILE|-`: decodes a stream and reports counts per type, every rejected line, and the
/// Limits table (each limit, its cap and how often it bit).
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check an NDJSON stream: counts per type and log family, and every rejected line with its reason.",
        discussion: "Exit status: 0 when every line decodes, 1 when some were rejected, 2 when the input cannot be read."
    )

    @Argument(help: "The file to check, or - for standard input.")
    var input: String

    func run() throws {
        let descriptor: Int32 = input == "-" ? STDIN_FILENO : open(input, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            printError("exesdb-top: cannot read \(input): \(String(cString: strerror(errno)))")
            throw ExitCode(2)
        }
        defer { if descriptor != STDIN_FILENO { close(descriptor) } }
        let decoder = EventDecoder()
        var framer = LineFramer()
        var report = ValidationReport()
        var store = Store()
        var alerts = AlertBook()
        func record(_ result: DecodeResult) {
            report.add(result)
            store.apply(result, at: 0)
            if case .event(let event) = result { alerts.apply(event, at: 0) }
        }
        let tooLong = Rejection(.lineTooLong, "over \(LineFramer.defaultMaximumLineLength) bytes")
        func add(_ chunk: FramedChunk) {
            var oversize = chunk.oversizePositions[...]
            for (index, line) in chunk.lines.enumerated() {
                while oversize.first == index {
                    record(.rejected(tooLong))
                    oversize.removeFirst()
                }
                record(decoder.decode(line, receivedAt: 0))
            }
            for _ in oversize { record(.rejected(tooLong)) }
        }
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                printError("exesdb-top: cannot read \(input): \(String(cString: strerror(errno)))")
                throw ExitCode(2)
            }
            if count == 0 { break }
            add(buffer.withUnsafeBytes { framer.append(UnsafeRawBufferPointer(rebasing: $0[0..<count])) })
        }
        add(framer.finish())
        print(report.text(name: input == "-" ? "standard input" : input))
        print("limits:")
        for line in LimitReport(store: store, alerts: alerts).tableLines { print("  " + line) }
        if report.exitStatus != 0 { throw ExitCode(report.exitStatus) }
    }
}
