#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ExESDBMonitor
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Writes incident bundles: for an alert, a directory `<directory>/<UTC time>-<alert key>/` holding
/// `lines.ndjson` (the received lines given, in the recording format `exesdb-top --source replay:` reads),
/// `snapshot.txt` (the screen as text) and `alert.json`. Bounded: each file is capped (the newest lines are
/// kept), and beyond `maximumBundles` the oldest bundles are removed. Directories are 0700, files 0600.
public struct IncidentRecorder: Sendable {
    /// Where bundles go, e.g. `$XDG_STATE_HOME/exesdb-top/incidents`.
    public let directory: String
    public let maximumBundles: Int
    /// The most bytes of `lines.ndjson` (the newest lines that fit).
    public let maximumLinesBytes: Int
    /// The most bytes of `snapshot.txt` (whole lines from the top).
    public let maximumSnapshotBytes: Int

    public init(directory: String, maximumBundles: Int = 20, maximumLinesBytes: Int = 4 << 20,
                maximumSnapshotBytes: Int = 1 << 20) {
        self.directory = directory
        self.maximumBundles = max(1, maximumBundles)
        self.maximumLinesBytes = maximumLinesBytes
        self.maximumSnapshotBytes = maximumSnapshotBytes
    }

    /// Writes a bundle for `alert` at `now` and returns its path; then removes the oldest bundles beyond
    /// `maximumBundles`.
    @discardableResult
    public func record(alert: Alert, lines: [RecordingEntry], snapshot: String, at now: Double) throws(IncidentError) -> String {
        if let failure = POSIXFile.makeDirectory(directory, mode: 0o700) {
            throw IncidentError(path: directory, reason: POSIXFile.text(failure))
        }
        let bundle = try makeBundleDirectory(named: Self.bundleName(for: alert.key, at: now))
        try write(bundle + "/lines.ndjson", Self.newestLines(lines, fitting: maximumLinesBytes))
        try write(bundle + "/snapshot.txt", Self.head(snapshot, fitting: maximumSnapshotBytes))
        try write(bundle + "/alert.json", alert.json.compactText + "\n")
        removeOldBundles()
        return bundle
    }

    /// The bundles present, oldest first.
    public func bundles() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter(Self.isBundleName).sorted().map { directory + "/" + $0 }
    }

    /// `20261126T134501Z-<key>` with the key reduced to letters, digits, `.`, `_` and `-` (at most 64).
    static func bundleName(for key: String, at now: Double) -> String {
        let stamp = Timestamp(seconds: now).iso8601Text.filter { $0 != "-" && $0 != ":" }
        let compact = String(stamp.prefix { $0 != "." }) + "Z"
        let safeKey = String(key.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "._-".unicodeScalars.contains(scalar))
                ? Character(scalar) : "_"
        }.prefix(64))
        return compact + "-" + safeKey
    }

    private static func isBundleName(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        return bytes.count > 17 && bytes[0..<8].allSatisfy { $0 >= 48 && $0 <= 57 } && bytes[8] == UInt8(ascii: "T")
    }

    private static func newestLines(_ lines: [RecordingEntry], fitting limit: Int) -> String {
        var kept: [String] = []
        var size = 0
        for line in lines.reversed() {
            let encoded = line.encoded + "\n"
            guard size + encoded.utf8.count <= limit else { break }
            size += encoded.utf8.count
            kept.append(encoded)
        }
        return kept.reversed().joined()
    }

    private static func head(_ text: String, fitting limit: Int) -> String {
        guard text.utf8.count > limit else { return text }
        var output = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard output.utf8.count + line.utf8.count + 1 <= limit else { break }
            output += line + "\n"
        }
        return output
    }

    private func makeBundleDirectory(named name: String) throws(IncidentError) -> String {
        for attempt in 1...100 {
            let path = directory + "/" + name + (attempt == 1 ? "" : "-\(attempt)")
            if mkdir(path, 0o700) == 0 { return path }
            guard errno == EEXIST else { throw IncidentError(path: path, reason: POSIXFile.text(errno)) }
        }
        throw IncidentError(path: directory + "/" + name, reason: "too many bundles with this name")
    }

    private func write(_ path: String, _ text: String) throws(IncidentError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { throw IncidentError(path: path, reason: POSIXFile.text(errno)) }
        defer { close(descriptor) }
        if let failure = POSIXFile.writeAll(descriptor, Array(text.utf8)) {
            throw IncidentError(path: path, reason: POSIXFile.text(failure))
        }
    }

    private func removeOldBundles() {
        let present = bundles()
        for path in present.dropLast(maximumBundles) {
            try? FileManager.default.removeItem(atPath: path)
        }
    }
}
