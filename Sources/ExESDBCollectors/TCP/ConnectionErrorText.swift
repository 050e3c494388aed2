import NIOCore
import NIOPosix

/// Operator-facing text for a connection error: "connection refused", "connect timeout after 5 s".
func connectionErrorText(_ error: any Error) -> String {
    switch error {
    case let error as IOError:
        return errnoText(error.errnoCode)
    case let error as NIOConnectionError:
        if let first = error.connectionErrors.first { return connectionErrorText(first.error) }
        if error.dnsAError != nil || error.dnsAAAAError != nil { return "cannot resolve \(error.host)" }
        return "cannot connect to \(error.host):\(error.port)"
    case ChannelError.connectTimeout(let amount):
        let seconds = Double(amount.nanoseconds) / 1e9
        return "connect timeout after \(seconds.formatted(maximumFractionDigits: 1)) s"
    case ChannelError.eof:
        return "connection closed by peer"
    default:
        return String(describing: error)
    }
}
