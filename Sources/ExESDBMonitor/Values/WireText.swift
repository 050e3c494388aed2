/// Normalisation of enumerated wire values before they are matched.
public enum WireText {
    /// Strips an Elixir atom's leading colon and lowercases ASCII; plain lowercase text is returned as is.
    public static func normalized(_ text: String) -> String {
        let needsWork = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.contains { $0 == UInt8(ascii: ":") || ($0 >= 65 && $0 <= 90) || $0 == 32 }
        } ?? true
        guard needsWork else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: ":") where bytes.isEmpty: continue
            case 32: if !bytes.isEmpty { bytes.append(UInt8(ascii: "_")) }
            case 65...90: bytes.append(byte + 32)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
