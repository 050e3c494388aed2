import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A tiny tmpfs mounted for one test, so that a full or read-only file system is a real one. Needs root with the
/// right to mount (as here and in CI, which runs as root); nil, after printing why, where mounting is refused.
final class ScratchFilesystem {
    /// Where it is mounted.
    let path: String
    private var fillers = 0

    init?(kibibytes: Int) {
        path = NSTemporaryDirectory() + "exesdb-scratch-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        guard mount("tmpfs", path, "tmpfs", 0, "size=\(kibibytes)k,mode=0700") == 0 else {
            print("fault test skipped: cannot mount a tmpfs at \(path): \(String(cString: strerror(errno))) (needs root and CAP_SYS_ADMIN)")
            rmdir(path)
            return nil
        }
    }

    deinit {
        umount2(path, Int32(MNT_DETACH))
        rmdir(path)
    }

    /// Fills every free block with a file of its own; returns how many bytes that took.
    @discardableResult
    func fill() -> Int {
        fillers += 1
        let descriptor = open(path + "/filler-\(fillers)", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard descriptor >= 0 else { return 0 }
        defer { close(descriptor) }
        let block = [UInt8](repeating: 0x2E, count: 4096)
        var total = 0
        while true {
            let written = block.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written <= 0 { break }
            total += written
        }
        return total
    }

    /// Removes what `fill` wrote: the space comes back.
    func free() {
        for number in 1...max(1, fillers) { unlink(path + "/filler-\(number)") }
        fillers = 0
    }

    /// Remounts read-only (or writable again); returns whether the system agreed.
    @discardableResult
    func remount(readOnly: Bool) -> Bool {
        mount("tmpfs", path, "tmpfs", UInt(MS_REMOUNT) | (readOnly ? UInt(MS_RDONLY) : 0), nil) == 0
    }
}
