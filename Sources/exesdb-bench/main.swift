import Glibc

/// Release benchmarks of exesdb-top's hot paths, each printing human lines and `RESULT` lines that
/// `scripts/bench` gathers into its table. Build and run with
/// `swift run -c release -Xcxx -DNDEBUG exesdb-bench COMMAND`.
let usage = """
    usage: exesdb-bench COMMAND [OPTIONS]
      corpus PATH [--lines 1000000]     write the generated mixed stream (NDJSON, log and bad lines) to PATH
      ingest PATH [--runs 5]            decode + fold of PATH into a Store, lines/s and resident memory
      reader PATH [--runs 5]            JSONReader.parse of every line of PATH, lines/s (parse only)
      render [--runs 200]               full 200×60 frame and one-row change scan, CPU µs
      memory [--lines 10000000]         resident memory after 1 M and after all lines folded
      serve [--rate 10000] [--port 0]   send the stream to TCP clients at RATE lines/s (0: flood)
    """

var words = CommandLine.arguments.dropFirst()
let command = words.popFirst() ?? ""
let options = CommandLineOptions(words)

func streamBytes() -> [UInt8] {
    guard let path = options.positional.first else {
        print(usage)
        exit(2)
    }
    do {
        return try StreamFile.read(path)
    } catch {
        print("exesdb-bench: \(error)")
        exit(2)
    }
}

switch command {
case "corpus":
    guard let path = options.positional.first else {
        print(usage)
        exit(2)
    }
    let lines = options.integer("lines", or: 1_000_000)
    do {
        try StreamFile.write(lines, of: StreamGenerator(), to: path)
    } catch {
        print("exesdb-bench: \(error)")
        exit(1)
    }
    print("wrote \(lines) lines to \(path)")
case "ingest":
    let bytes = streamBytes()
    print("ingest: decode + Store.apply, \(bytes.count) bytes")
    IngestBenchmark(bytes: bytes).run(runs: options.integer("runs", or: 5)).forEach { $0.report() }
case "reader":
    let bytes = streamBytes()
    print("reader: JSONReader.parse, \(bytes.count) bytes")
    JSONReaderBenchmark(bytes: bytes).run(runs: options.integer("runs", or: 5)).forEach { $0.report() }
case "render":
    let runs = options.integer("runs", or: 200)
    print("render: DashboardRenderer.render(into:) and Screen.forEachChangedCell")
    RenderBenchmark().run(renders: runs, scans: runs * 10).forEach { $0.report() }
case "memory":
    let lines = options.integer("lines", or: 10_000_000)
    print("memory: \(lines) lines into one Store and one AlertBook")
    MemoryBenchmark(lines: lines).run().forEach { $0.report() }
case "serve":
    let server = LineServer(rate: options.integer("rate", or: 10_000), port: UInt16(options.integer("port", or: 0)))
    do {
        try server.run()
    } catch {
        print("exesdb-bench: \(error)")
        exit(1)
    }
default:
    print(usage)
    exit(command.isEmpty || command == "help" || command == "--help" ? 0 : 2)
}
