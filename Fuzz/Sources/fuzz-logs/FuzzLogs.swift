import ExESDBMonitor
import FuzzChecks

/// The input's lines as raw log lines: each classified (its entry drawable, and classifying it again as a
/// JSON log event keeps it drawable), then all fed through one LogBlockFolder, which must give back drawable
/// events, never more than it was given, and hold nothing after `flush()`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLogs(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let input = FuzzInput(data, size)
    let classifier = LogClassifier()
    var folder = LogBlockFolder(classifier: classifier)
    var linesIn = 0
    var eventsOut = 0
    for bytes in input.lines {
        let line = String(decoding: bytes, as: UTF8.self)
        let entry = classifier.entry(fromRawLine: line)
        DrawableText.require(entry, from: "entry")
        var sent = entry
        sent.isRawLine = false
        DrawableText.require(classifier.classify(sent), from: "classified")
        linesIn += 1
        let events = folder.feed(line, receivedAt: Double(linesIn))
        DrawableText.require(events, from: "folded")
        eventsOut += events.count
        Invariant.require(eventsOut <= linesIn, "\(eventsOut) events out of \(linesIn) lines")
    }
    let rest = folder.flush()
    DrawableText.require(rest, from: "flushed")
    eventsOut += rest.count
    Invariant.require(eventsOut <= linesIn, "\(eventsOut) events out of \(linesIn) lines")
    Invariant.require(linesIn == 0 || eventsOut > 0, "\(linesIn) lines folded into nothing")
    Invariant.require(!folder.isHoldingBlock, "the folder holds a box after flush")
    return 0
}
