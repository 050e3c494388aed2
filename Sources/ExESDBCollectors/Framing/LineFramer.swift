#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Cuts a byte stream into lines. Holds a partial last line until its newline arrives, strips a
/// `\r` before the `\n`, and discards a line longer than `maximumLineLength` up to its newline while
/// holding no more than `maximumLineLength + 1` bytes; the line after it is framed normally.
public struct LineFramer: Sendable {
    /// The protocol's limit: 1 MiB.
    public static let defaultMaximumLineLength = 1 << 20

    /// The longest line kept, in bytes (without its line ending).
    public let maximumLineLength: Int
    /// Oversize lines discarded since this framer was made.
    public private(set) var oversizeLineCount = 0
    private var partial: [UInt8] = []
    private var discarding = false

    /// A framer that keeps lines up to `maximumLineLength` bytes.
    public init(maximumLineLength: Int = LineFramer.defaultMaximumLineLength) {
        self.maximumLineLength = max(1, maximumLineLength)
    }

    /// Bytes held for a line whose newline has not arrived yet.
    public var bufferedByteCount: Int { partial.count }

    /// Frames `bytes`, following whatever came before.
    public mutating func append(_ bytes: [UInt8]) -> FramedChunk {
        bytes.withUnsafeBytes { append($0) }
    }

    /// Frames `bytes`, following whatever came before.
    public mutating func append(_ bytes: UnsafeRawBufferPointer) -> FramedChunk {
        var chunk = FramedChunk()
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return chunk }
        let end = bytes.count
        var start = 0
        while start < end {
            let remaining = end - start
            guard let found = memchr(base + start, 0x0A, remaining) else {
                holdPartial(UnsafeRawBufferPointer(start: base + start, count: remaining), into: &chunk)
                break
            }
            let newline = base.distance(to: UnsafeRawPointer(found))
            let segment = UnsafeRawBufferPointer(start: base + start, count: newline - start)
            completeLine(segment, into: &chunk)
            start = newline + 1
        }
        return chunk
    }

    /// Ends the stream: a held partial line becomes a last line (an oversize one stays discarded).
    public mutating func finish() -> FramedChunk {
        defer { reset() }
        guard !discarding, !partial.isEmpty else { return FramedChunk() }
        var line = partial
        if line.last == 0x0D { line.removeLast() }
        return FramedChunk(lines: [line])
    }

    /// Forgets the partial line, e.g. when a followed file was truncated.
    public mutating func reset() {
        partial = []
        discarding = false
    }

    private mutating func holdPartial(_ segment: UnsafeRawBufferPointer, into chunk: inout FramedChunk) {
        if discarding { return }
        // One byte of slack for a `\r` that may precede the newline.
        if partial.count + segment.count > maximumLineLength + 1 {
            discarding = true
            partial = []
            oversizeLineCount += 1
            chunk.oversizePositions.append(chunk.lines.count)
        } else {
            partial.append(contentsOf: segment)
        }
    }

    private mutating func completeLine(_ segment: UnsafeRawBufferPointer, into chunk: inout FramedChunk) {
        if discarding {
            discarding = false
            return
        }
        var length = partial.count + segment.count
        let lastByte = segment.isEmpty ? partial.last : segment[segment.count - 1]
        if lastByte == 0x0D { length -= 1 }
        if length > maximumLineLength {
            oversizeLineCount += 1
            chunk.oversizePositions.append(chunk.lines.count)
        } else if partial.isEmpty {
            chunk.lines.append(Array(UnsafeRawBufferPointer(rebasing: segment[0..<length])))
        } else {
            var line = partial
            line.append(contentsOf: segment)
            line.removeLast(line.count - length)
            chunk.lines.append(line)
        }
        if partial.capacity > 65_536 {
            partial = []
        } else {
            partial.removeAll(keepingCapacity: true)
        }
    }
}
