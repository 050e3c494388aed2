import Foundation
import Subprocess
#if canImport(Glibc)
import Glibc
#endif

/// A real OpenSSH server on a loopback port, with a host key and an authorised client key made for
/// the test. nil when sshd is not installed.
final class TestSSHServer {
    let port: UInt16
    let directory: URL
    private let process: Process

    /// The client key authorised to log in.
    var clientKey: String { directory.appendingPathComponent("client_key").path }

    /// ssh arguments that log in with the test key and trust the test host key.
    func clientArguments(key: String? = nil) -> [String] {
        ["-F", "/dev/null", "-i", key ?? clientKey, "-o", "IdentitiesOnly=yes",
         "-o", "UserKnownHostsFile=/dev/null", "-o", "StrictHostKeyChecking=no"]
    }

    init?() async throws {
        let sshd = "/usr/sbin/sshd"
        guard FileManager.default.isExecutableFile(atPath: sshd) else { return nil }
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("sshd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try? FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)
        for name in ["host_key", "client_key", "stranger_key"] {
            _ = try await Subprocess.run(.name("ssh-keygen"), arguments: ["-q", "-t", "ed25519", "-N", "", "-f", directory.appendingPathComponent(name).path], output: .discarded)
        }
        try FileManager.default.copyItem(
            at: directory.appendingPathComponent("client_key.pub"), to: directory.appendingPathComponent("authorized_keys"))
        let probe = try TestTCPServer()
        port = probe.port
        probe.stop()
        let config = """
            Port \(port)
            ListenAddress 127.0.0.1
            HostKey \(directory.appendingPathComponent("host_key").path)
            AuthorizedKeysFile \(directory.appendingPathComponent("authorized_keys").path)
            PidFile \(directory.appendingPathComponent("sshd.pid").path)
            StrictModes no
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            UsePAM no
            PermitRootLogin prohibit-password
            AllowTcpForwarding yes
            LogLevel ERROR
            """
        let configPath = directory.appendingPathComponent("sshd_config").path
        try config.write(toFile: configPath, atomically: true, encoding: .utf8)
        process = Process()
        process.executableURL = URL(fileURLWithPath: sshd)
        process.arguments = ["-D", "-e", "-f", configPath]
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        let deadline = Date(timeIntervalSinceNow: 5)
        while Date() < deadline {
            if let connection = TestConnection.connect(port: port) {
                connection.close()
                return
            }
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        process.terminate()
        return nil
    }

    deinit {
        process.terminate()
    }
}
