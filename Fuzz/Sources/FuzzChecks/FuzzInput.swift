/// The bytes libFuzzer hands to `LLVMFuzzerTestOneInput`, and the views of them the targets read.
public struct FuzzInput {
    /// The input, copied.
    public let bytes: [UInt8]

    /// The `size` bytes at `data` (which may be null when `size` is 0).
    public init(_ data: UnsafePointer<UInt8>?, _ size: Int) {
        bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    }

    /// The input split on '\n', as a stream reader frames it; the pieces keep any '\r'.
    public var lines: [ArraySlice<UInt8>] {
        bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
    }

    /// The input as text when it is valid UTF-8, as a file reader requires; nil otherwise.
    public var text: String? {
        String(validating: bytes, as: UTF8.self)
    }
}
