/// Release benchmarks of the hot paths: `swift run -c release -Xcxx -DNDEBUG exesdb-bench [lines] [runs]`
/// (1,000,000 lines and 5 runs unless given).
let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let lineCount = arguments.first ?? 1_000_000
let runs = arguments.dropFirst().first ?? 5

print("building a corpus of \(lineCount) protocol-like lines…")
let readerBenchmark = JSONReaderBenchmark(lineCount: lineCount)
print(readerBenchmark.run(runs: runs).summary)
