import Foundation

/// A local HTTP server (Python's http.server on 127.0.0.1, a free port) that answers every POST with 202 and
/// records each request's path, content type and body, for testing webhooks.
final class HTTPListener {
    let port: Int
    private let process: Process
    private let log: String

    struct Request: Decodable {
        let path: String
        let contentType: String?
        let body: String

        enum CodingKeys: String, CodingKey {
            case path
            case contentType = "content_type"
            case body
        }
    }

    private static let script = """
        import http.server, json, sys
        log = sys.argv[1]
        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                with open(log, "a") as out:
                    out.write(json.dumps({"path": self.path, "content_type": self.headers.get("Content-Type"),
                                          "body": body.decode("utf-8")}) + "\\n")
                self.send_response(202)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(b'{"status":"success"}')
            def log_message(self, *args):
                pass
        server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
        print(server.server_address[1], flush=True)
        server.serve_forever()
        """

    init(logDirectory: String) throws {
        log = logDirectory + "/requests.ndjson"
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", Self.script, log]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        var text = ""
        while !text.contains("\n") {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { break }
            text += String(decoding: data, as: UTF8.self)
        }
        port = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }

    /// SIGKILL: the test runner's threads block most signals and the child inherits that mask, so SIGTERM
    /// would stay pending.
    deinit {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// The requests received so far.
    func requests() -> [Request] {
        guard let text = try? String(contentsOfFile: log, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { try? JSONDecoder().decode(Request.self, from: Data($0.utf8)) }
    }
}
