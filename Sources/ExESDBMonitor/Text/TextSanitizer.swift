/// Makes remote text safe to draw. Everything read from the wire passes through here once, at
/// decoding, so that nothing reaches the terminal raw:
/// - whole escape sequences are removed (CSI, OSC, DCS, SOS, PM, APC, two- and three-byte ESC
///   sequences, and their 8-bit C1 forms), so an ANSI-coloured log line reads cleanly;
/// - TAB, LF and CR become one space each;
/// - every other C0 control, DEL, C1 control and undecodable byte becomes U+FFFD "�";
/// - bidi controls, zero-width characters, the byte order mark and variation selectors 15 and 16
///   are removed.
public enum TextSanitizer {
    /// `text` made safe to draw; plain printable ASCII comes back as the same string, without copying.
    public static func clean(_ text: String) -> String {
        var text = text
        let cleaned = text.withUTF8 { buffer -> String? in
            let bytes = UnsafeRawBufferPointer(buffer)
            return needsCleaning(bytes) ? rebuild(bytes) : nil
        }
        return cleaned ?? text
    }

    /// The UTF-8 text in `bytes` decoded and made safe to draw. Bytes that are not valid UTF-8
    /// become U+FFFD, like control characters.
    public static func clean(utf8 bytes: UnsafeRawBufferPointer) -> String {
        needsCleaning(bytes) ? rebuild(bytes) : String(decoding: bytes, as: UTF8.self)
    }

    /// True when `bytes` are valid UTF-8 (RFC 3629: no overlong forms, no encoded surrogates,
    /// nothing above U+10FFFF, no truncated sequences).
    public static func isValidUTF8(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var index = 0
        while index < bytes.count {
            if index + 8 <= bytes.count, ASCIIWord.isASCII(ASCIIWord.load(bytes, at: index)) {
                index += 8
                continue
            }
            let length = UTF8Sequence.decode(bytes, at: index).length
            if length == 0 { return false }
            index += length
        }
        return true
    }

    /// True when cleaning would change `bytes`.
    static func needsCleaning(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var index = 0
        while index < bytes.count {
            if index + 8 <= bytes.count, ASCIIWord.isPrintable(ASCIIWord.load(bytes, at: index)) {
                index += 8
                continue
            }
            let byte = bytes[index]
            if byte >= 0x20 && byte < 0x7F {
                index += 1
                continue
            }
            if byte < 0x80 { return true }
            let (scalar, length) = UTF8Sequence.decode(bytes, at: index)
            if length == 0 || SanitizerScanner.isSpecial(scalar) { return true }
            index += length
        }
        return false
    }

    private static let replacementCharacter: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// `bytes` cleaned in one pass into a scratch buffer: a run never writes more than three bytes per byte read
    /// (a broken byte becomes U+FFFD).
    private static func rebuild(_ bytes: UnsafeRawBufferPointer) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count * 3) { output in
            var scanner = SanitizerScanner(bytes)
            var inputIndex = 0
            var outputIndex = 0
            while let run = scanner.next() {
                switch run.action {
                case .keep:
                    let source = UnsafeRawBufferPointer(rebasing: bytes[inputIndex..<inputIndex + run.length])
                    UnsafeMutableRawBufferPointer(UnsafeMutableBufferPointer(rebasing: output[outputIndex..<outputIndex + run.length]))
                        .copyMemory(from: source)
                case .remove:
                    break
                case .space:
                    output[outputIndex] = UInt8(ascii: " ")
                case .replace:
                    for offset in 0..<3 { output[outputIndex + offset] = replacementCharacter[offset] }
                }
                inputIndex += run.length
                outputIndex += run.action.outputLength(forInputLength: run.length)
            }
            return String(decoding: UnsafeBufferPointer(rebasing: output[..<outputIndex]), as: UTF8.self)
        }
    }
}
