import ExESDBMonitor
import FuzzChecks

/// JSONReader on any bytes: it returns a value or throws, never crashes; every string it returns is drawable;
/// nothing deeper than the limit is accepted; `parseObject` agrees with `parse`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let input = FuzzInput(data, size)
    let maxDepth = 8
    let value: JSONValue?
    do {
        value = try JSONReader.parse(input.bytes, maxDepth: maxDepth)
    } catch {
        value = nil
        DrawableText.require(error.description, from: "error")
    }
    let object = try? JSONReader.parseObject(input.bytes, maxDepth: maxDepth)
    if let value {
        DrawableText.require(value, from: "value")
        Invariant.require(depth(of: value) <= maxDepth, "depth \(depth(of: value)) accepted, limit \(maxDepth)")
        if case .object(let parsed) = value {
            Invariant.require(object == parsed, "parseObject disagrees with parse")
        } else {
            Invariant.require(object == nil, "parseObject accepted a \(value.compactText)")
        }
    } else {
        Invariant.require(object == nil, "parseObject accepted what parse refused")
    }
    return 0
}

private func depth(of value: JSONValue) -> Int {
    switch value {
    case .array(let elements): 1 + (elements.map(depth(of:)).max() ?? 0)
    case .object(let object): 1 + (object.members.map { depth(of: $0.value) }.max() ?? 0)
    default: 0
    }
}
