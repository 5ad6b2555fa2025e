import Foundation
import Glibc

/// A thin, EINTR-safe wrapper over one POSIX TCP socket descriptor.
///
/// Owns no lifetime: whoever holds the descriptor decides when to `close` it, so that a
/// descriptor number is never closed twice or shut down after being reused.
struct SimSocket: Sendable {
    let descriptor: Int32

    /// What one `receive` produced.
    enum Received {
        case bytes(Int)
        case closed
        case timedOut
        case failed
    }

    /// Creates a listening socket on 127.0.0.1 (never any other address) and returns it with
    /// the port the kernel bound.
    static func listen(port: UInt16, backlog: Int32 = 128) throws -> (SimSocket, UInt16) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw SimError.socket(operation: "socket", code: errno) }
        let listener = SimSocket(descriptor: fd)
        do {
            // Lets tests rebind a port quickly after a previous server left it in TIME_WAIT.
            try listener.setOption(SO_REUSEADDR, 1, operation: "setsockopt(SO_REUSEADDR)")
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = port.bigEndian
            address.sin_addr = in_addr(s_addr: UInt32(0x7F00_0001).bigEndian)
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            guard bound == 0 else { throw SimError.socket(operation: "bind", code: errno) }
            guard Glibc.listen(fd, backlog) == 0 else { throw SimError.socket(operation: "listen", code: errno) }
            return (listener, try listener.localPort())
        } catch {
            listener.close()
            throw error
        }
    }

    /// The local port the socket is bound to.
    func localPort() throws -> UInt16 {
        var address = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let result = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        guard result == 0 else { throw SimError.socket(operation: "getsockname", code: errno) }
        return UInt16(bigEndian: address.sin_port)
    }

    /// Waits for the next connection. `nil` with `errno` set when accept failed.
    func accept() -> SimSocket? {
        while true {
            let fd = Glibc.accept(descriptor, nil, nil)
            if fd >= 0 {
                // Keep accepted sockets out of child processes (the tests spawn some).
                _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
                return SimSocket(descriptor: fd)
            }
            if errno == EINTR { continue }
            return nil
        }
    }

    /// Sets the receive and send timeouts, which is how idle connections get closed.
    func setTimeouts(_ seconds: TimeInterval) {
        let clamped = max(seconds, 0.001)
        var value = timeval(tv_sec: Int(clamped), tv_usec: Int((clamped - Double(Int(clamped))) * 1_000_000))
        let size = socklen_t(MemoryLayout<timeval>.size)
        _ = setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &value, size)
        _ = setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &value, size)
    }

    /// Turns off Nagle's algorithm so small keep-alive responses are not held back.
    func disableNagle() {
        var one: Int32 = 1
        _ = setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
    }

    /// Reads up to `buffer.count` bytes into `buffer`.
    func receive(into buffer: inout [UInt8]) -> Received {
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count > 0 { return .bytes(count) }
            if count == 0 { return .closed }
            switch errno {
            case EINTR: continue
            case EAGAIN, EWOULDBLOCK: return .timedOut
            default: return .failed
            }
        }
    }

    /// Writes all of `bytes`; `false` if the peer went away or the send timed out.
    func sendAll(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            // MSG_NOSIGNAL: a peer that hung up must cost an EPIPE, never the process (SIGPIPE).
            let sent = bytes.withUnsafeBytes {
                send(descriptor, $0.baseAddress.map { $0 + offset }, bytes.count - offset, Int32(MSG_NOSIGNAL))
            }
            if sent > 0 {
                offset += sent
            } else if sent < 0 && errno == EINTR {
                continue
            } else {
                return false
            }
        }
        return true
    }

    /// Stops both directions; a thread blocked in `recv` or `accept` on it wakes up.
    func shutdown() {
        _ = Glibc.shutdown(descriptor, Int32(SHUT_RDWR))
    }

    /// Stops sending only, so the peer reads our last response and then end-of-stream.
    func shutdownWrite() {
        _ = Glibc.shutdown(descriptor, Int32(SHUT_WR))
    }

    /// Releases the descriptor. Call exactly once, from the owner.
    func close() {
        _ = Glibc.close(descriptor)
    }

    private func setOption(_ option: Int32, _ value: Int32, operation: String) throws {
        var value = value
        guard setsockopt(descriptor, SOL_SOCKET, option, &value, socklen_t(MemoryLayout<Int32>.size)) == 0 else {
            throw SimError.socket(operation: operation, code: errno)
        }
    }
}
