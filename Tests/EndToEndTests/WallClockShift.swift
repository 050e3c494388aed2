import Foundation

/// Sets the wall clock of one process back or forth without touching the machine's: a small preload library,
/// built by the test with the toolchain's `clang`, adds the seconds written in a file to CLOCK_REALTIME,
/// `gettimeofday` and `time`, and leaves the monotonic clock alone — as when NTP or an operator steps the clock.
/// (libfaketime was tried first: it also shifts timerfd deadlines, so libdispatch's timers never fire under it.)
final class WallClockShift {
    /// The environment that puts a program under the shift.
    let environment: [String: String]
    private let directory: URL
    private let file: URL

    /// Builds the library; nil, after printing why, when no `clang` can build it.
    init?() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("exesdb-top-clock-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        file = directory.appendingPathComponent("shift")
        let source = directory.appendingPathComponent("shift.c"), library = directory.appendingPathComponent("shift.so")
        try Self.source.write(to: source, atomically: true, encoding: .utf8)
        _ = try TmuxSession.output(of: "/usr/bin/env", ["clang", "-shared", "-fPIC", "-O1", "-o", library.path, source.path, "-ldl"])
        guard FileManager.default.fileExists(atPath: library.path) else {
            print("clock jump test skipped: clang could not build the clock-shifting library")
            try? FileManager.default.removeItem(at: directory)
            return nil
        }
        environment = ["LD_PRELOAD": library.path, "EXESDB_TEST_CLOCK_SHIFT": file.path]
        try set(seconds: 0)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// Moves the shifted processes' wall clock to `seconds` from the real one (read again within 50 ms).
    func set(seconds: Int) throws {
        try "\(seconds)\n".write(to: file, atomically: true, encoding: .utf8)
    }

    private static let source = #"""
        #define _GNU_SOURCE
        #include <dlfcn.h>
        #include <stdio.h>
        #include <stdlib.h>
        #include <sys/time.h>
        #include <time.h>

        static long long shift_seconds(void) {
            static long long cached, checked_at;
            static int (*real)(clockid_t, struct timespec *);
            if (!real) real = dlsym(RTLD_NEXT, "clock_gettime");
            struct timespec now;
            real(CLOCK_MONOTONIC, &now);
            long long ms = now.tv_sec * 1000LL + now.tv_nsec / 1000000;
            if (ms - __atomic_load_n(&checked_at, __ATOMIC_RELAXED) < 50) return __atomic_load_n(&cached, __ATOMIC_RELAXED);
            __atomic_store_n(&checked_at, ms, __ATOMIC_RELAXED);
            const char *path = getenv("EXESDB_TEST_CLOCK_SHIFT");
            FILE *file = path ? fopen(path, "r") : NULL;
            long long value = 0;
            if (file) {
                if (fscanf(file, "%lld", &value) != 1) value = 0;
                fclose(file);
            }
            __atomic_store_n(&cached, value, __ATOMIC_RELAXED);
            return value;
        }

        int clock_gettime(clockid_t clock, struct timespec *time) {
            static int (*real)(clockid_t, struct timespec *);
            if (!real) real = dlsym(RTLD_NEXT, "clock_gettime");
            int result = real(clock, time);
            if (result == 0 && (clock == CLOCK_REALTIME || clock == CLOCK_REALTIME_COARSE)) time->tv_sec += shift_seconds();
            return result;
        }

        int gettimeofday(struct timeval *restrict time, void *restrict zone) {
            static int (*real)(struct timeval *restrict, void *restrict);
            if (!real) real = dlsym(RTLD_NEXT, "gettimeofday");
            int result = real(time, zone);
            if (result == 0) time->tv_sec += shift_seconds();
            return result;
        }

        time_t time(time_t *out) {
            struct timespec now;
            clock_gettime(CLOCK_REALTIME, &now);
            if (out) *out = now.tv_sec;
            return now.tv_sec;
        }
        """#
}
