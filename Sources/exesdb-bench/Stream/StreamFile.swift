import Glibc

/// A file of the generated stream: written once by `exesdb-bench corpus`, read whole into memory by the
/// ingest benchmark so that the disk is not measured.
enum StreamFile {
    /// Writes lines `0..<count` of `generator`, each with its newline, to `path`.
    static func write(_ count: Int, of generator: StreamGenerator, to path: String) throws(StreamFileError) {
        guard let file = fopen(path, "w") else { throw StreamFileError(path: path, errno: errno) }
        defer { fclose(file) }
        for number in 0..<count {
            var line = generator.line(number) + "\n"
            let written = line.withUTF8 { fwrite($0.baseAddress, 1, $0.count, file) }
            guard written == line.utf8.count else { throw StreamFileError(path: path, errno: errno) }
        }
    }

    /// Every byte of `path`.
    static func read(_ path: String) throws(StreamFileError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw StreamFileError(path: path, errno: errno) }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            guard count >= 0 else { throw StreamFileError(path: path, errno: errno) }
            guard count > 0 else { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }
}
