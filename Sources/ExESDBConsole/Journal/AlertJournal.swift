#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// The alert journal: every acknowledgement, silence and unsilence made at this console, one NDJSON line each,
/// in `<directory>/journal.ndjson` (directory mode 0700, file mode 0600). `append` returns only once the
/// line is on disk (fsync), so the screen can show an acknowledgement as saved only when it is; when the file
/// cannot be written it throws, and the caller shows the acknowledgement as not saved.
///
/// Opening reads what the journal held (`recovered`), dropping a last line cut short by a crash. Past
/// `compactAfter` entries the file is rewritten, atomically, to the latest acknowledgement per alert key (the
/// newest `compactAfter / 2` keys) and the silences still running. Safe to call from any thread.
public final class AlertJournal: Sendable {
    /// The file name inside the directory.
    public static let fileName = "journal.ndjson"
    /// The largest journal read back, in bytes.
    public static let maximumReadSize = 16 * 1024 * 1024

    public let directory: String
    public let path: String
    /// Entries after which the journal is compacted.
    public let compactAfter: Int
    /// What the journal held when opened.
    public let recovered: JournalReplay
    /// Why the journal could not be written when it was opened (it was read all the same), or nil.
    public let openProblem: AlertJournalError?
    private let state: Mutex<State>

    private struct State {
        var entries: Int
        var compactionError: AlertJournalError?
        /// Where a torn last line starts that could not be cut when the journal was opened.
        var tornTail: off_t?
    }

    /// Opens (creating when needed) the journal in `directory`, e.g. `ConsolePaths.stateDirectory(environment:)`,
    /// and reads what it holds into `recovered`. A journal that can be read but not written (read-only or full
    /// file system) still opens: `openProblem` says why, and each `append` tries again, so acknowledgements are
    /// saved once the file system takes writes again.
    public init(directory: String, compactAfter: Int = 2000) throws(AlertJournalError) {
        self.directory = directory
        self.path = directory + "/" + Self.fileName
        self.compactAfter = max(2, compactAfter)
        if let failure = POSIXFile.makeDirectory(directory, mode: 0o700) {
            throw AlertJournalError(path: directory, action: "create the directory", reason: POSIXFile.text(failure))
        }
        var openProblem: AlertJournalError?
        let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW, 0o600)
        if descriptor >= 0 {
            fchmod(descriptor, 0o600)
            close(descriptor)
        } else {
            openProblem = AlertJournalError(path: path, action: "open", reason: POSIXFile.text(errno))
        }
        let (bytes, failure) = POSIXFile.read(path, limit: Self.maximumReadSize)
        if let failure, !(failure == ENOENT && openProblem != nil) {
            throw AlertJournalError(path: path, action: "read", reason: POSIXFile.text(failure))
        }
        let replay = Self.parse(bytes)
        var tornTail: off_t?
        if replay.tornLineCount > 0 {
            let kept = off_t((bytes.lastIndex(of: UInt8(ascii: "\n")) ?? -1) + 1)
            if truncate(path, kept) != 0 {
                tornTail = kept
                if openProblem == nil {
                    openProblem = AlertJournalError(path: path, action: "cut the torn last line of", reason: POSIXFile.text(errno))
                }
            }
        }
        recovered = replay
        self.openProblem = openProblem
        state = Mutex(State(entries: replay.entries.count + replay.unreadableLineCount, tornTail: tornTail))
    }

    /// Lines in the file now.
    public var entryCount: Int { state.withLock { $0.entries } }

    /// The last compaction failure, if the latest compaction failed (the journal still grows, entries are kept).
    public var compactionError: AlertJournalError? { state.withLock { $0.compactionError } }

    /// Appends `entry` and fsyncs before returning; compacts the journal when it grew past `compactAfter`
    /// (using `now` to tell running silences). Throws when the line could not be written and synced.
    public func append(_ entry: JournalEntry, at now: Double) throws(AlertJournalError) {
        let result: Result<Void, AlertJournalError> = state.withLock { state in
            let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW, 0o600)
            guard descriptor >= 0 else {
                return .failure(AlertJournalError(path: path, action: "open", reason: POSIXFile.text(errno)))
            }
            defer { close(descriptor) }
            if let tornTail = state.tornTail {
                guard ftruncate(descriptor, tornTail) == 0 else {
                    return .failure(AlertJournalError(path: path, action: "cut the torn last line of", reason: POSIXFile.text(errno)))
                }
                state.tornTail = nil
            }
            var before = stat()
            guard fstat(descriptor, &before) == 0 else {
                return .failure(AlertJournalError(path: path, action: "append to", reason: POSIXFile.text(errno)))
            }
            if let failure = POSIXFile.writeAll(descriptor, Array((entry.line + "\n").utf8)) {
                // A full disk can take part of the line: cut it, so the next entry starts on a line of its own.
                _ = ftruncate(descriptor, before.st_size)
                return .failure(AlertJournalError(path: path, action: "append to", reason: POSIXFile.text(failure)))
            }
            guard fsync(descriptor) == 0 else {
                let failure = errno
                _ = ftruncate(descriptor, before.st_size)
                return .failure(AlertJournalError(path: path, action: "sync", reason: POSIXFile.text(failure)))
            }
            state.entries += 1
            if state.entries > compactAfter {
                switch compactLocked(at: now) {
                case .success(let kept):
                    state.entries = kept
                    state.compactionError = nil
                case .failure(let error):
                    state.compactionError = error
                }
            }
            return .success(())
        }
        try result.get()
    }

    /// Rewrites the journal to the latest acknowledgement per alert key and the silences running at `now`.
    public func compact(at now: Double) throws(AlertJournalError) {
        let result = state.withLock { state in
            let outcome = compactLocked(at: now)
            if case .success(let kept) = outcome { state.entries = kept }
            return outcome
        }
        _ = try result.get()
    }

    private func compactLocked(at now: Double) -> Result<Int, AlertJournalError> {
        let (bytes, failure) = POSIXFile.read(path, limit: Self.maximumReadSize)
        if let failure {
            return .failure(AlertJournalError(path: path, action: "compact", reason: POSIXFile.text(failure)))
        }
        let kept = Self.compacted(Self.parse(bytes).entries, at: now, keys: compactAfter / 2)
        let text = kept.map { $0.line + "\n" }.joined()
        if let failure = POSIXFile.replaceAtomically(path, with: Array(text.utf8), directory: directory) {
            return .failure(AlertJournalError(path: path, action: "compact", reason: POSIXFile.text(failure)))
        }
        return .success(kept.count)
    }

    /// The entries worth keeping, in their order: the latest acknowledgement of each of the newest `keys` alert
    /// keys, and each key's latest silence when it still runs at `now` (a lifted silence is dropped).
    static func compacted(_ entries: [JournalEntry], at now: Double, keys: Int) -> [JournalEntry] {
        var latestAcknowledgement: [String: Int] = [:]
        var latestSilence: [String: Int] = [:]
        for (index, entry) in entries.enumerated() {
            switch entry {
            case .acknowledgement: latestAcknowledgement[entry.key] = index
            case .silence, .liftedSilence: latestSilence[entry.key] = index
            }
        }
        var keep = Set(latestAcknowledgement.values.sorted().suffix(keys))
        for index in latestSilence.values {
            if case .silence(let silence) = entries[index], silence.until > now { keep.insert(index) }
        }
        return keep.sorted().map { entries[$0] }
    }

    /// Reads journal bytes: complete lines become entries (or count as unreadable); an unterminated last line
    /// counts as torn.
    static func parse(_ bytes: [UInt8]) -> JournalReplay {
        var replay = JournalReplay()
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            let isLast = index == lines.count - 1
            if isLast {
                if !line.isEmpty { replay.tornLineCount = 1 }
                break
            }
            guard !line.isEmpty else { continue }
            if let entry = JournalEntry(line: String(decoding: line, as: UTF8.self)) {
                replay.entries.append(entry)
            } else {
                replay.unreadableLineCount += 1
            }
        }
        return replay
    }
}
