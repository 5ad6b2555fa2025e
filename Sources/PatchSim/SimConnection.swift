import Foundation

/// Serves the requests of one accepted connection until it closes, times out or breaks.
///
/// Runs on its own thread and blocks in `recv`; everything it knows is local, so a bad
/// client can only ever end its own connection.
struct SimConnection {
    let socket: SimSocket
    let router: SimRouter
    let configuration: SimConfiguration

    /// Reads, answers and repeats while the client keeps the connection alive.
    func serve() {
        socket.setTimeouts(configuration.idleTimeout)
        socket.disableNagle()
        var buffer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        // When the first byte of the request being read arrived: bounds slow trickles too.
        var requestStarted: Date?
        var continueSent = false

        while true {
            switch configuration.parser.parse(buffer) {
            case .complete(let request, let consumed):
                buffer.removeFirst(consumed)
                requestStarted = buffer.isEmpty ? nil : Date()
                continueSent = false
                let response = router.handle(request)
                delay()
                if response.delay > 0 { Thread.sleep(forTimeInterval: response.delay) }
                let keepAlive = request.wantsKeepAlive && response.delivery == .complete
                let message = response.serialized(keepAlive: keepAlive, requestVersion: request.version)
                switch response.delivery {
                case .complete:
                    break
                case .dropBeforeResponse:
                    return
                case .dropDuringBody:
                    // The head promises the whole body; half of it comes, then the connection ends.
                    _ = socket.sendAll(Array(message.prefix(message.count - response.body.count / 2)))
                    return
                }
                guard socket.sendAll(message), keepAlive else { return finish() }
                continue
            case .failure(let error):
                delay()
                return fail(with: error.response)
            case .awaitingBody(let head):
                // curl and URLSession wait up to a second for this before sending a large body.
                if !continueSent, head.version >= .http11, head.header("Expect")?.lowercased() == "100-continue" {
                    continueSent = true
                    guard socket.sendAll(Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)) else { return }
                }
            case .incomplete:
                break
            }

            if let started = requestStarted, Date().timeIntervalSince(started) > configuration.idleTimeout {
                return fail(with: .message(408, "The request was not completed in time."))
            }
            switch socket.receive(into: &chunk) {
            case .bytes(let count):
                buffer.append(contentsOf: chunk[0..<count])
                if requestStarted == nil { requestStarted = Date() }
            case .timedOut:
                if buffer.isEmpty { return finish() }
                return fail(with: .message(408, "The request was not completed in time."))
            case .closed, .failed:
                return
            }
        }
    }

    private func delay() {
        if configuration.latency > 0 { Thread.sleep(forTimeInterval: configuration.latency) }
    }

    /// Sends a final error response and closes gracefully.
    private func fail(with response: SimResponse) {
        _ = socket.sendAll(response.serialized(keepAlive: false))
        finish()
    }

    /// Half-closes, then drains what the client is still sending for a moment: closing with
    /// unread bytes makes the kernel send RST, which can destroy the response in flight
    /// (the 413 to a client still uploading, say).
    private func finish() {
        socket.shutdownWrite()
        socket.setTimeouts(0.5)
        var drain = [UInt8](repeating: 0, count: 64 * 1024)
        var drained = 0
        let deadline = Date().addingTimeInterval(1)
        while drained < 4 * 1024 * 1024, Date() < deadline {
            guard case .bytes(let count) = socket.receive(into: &drain) else { return }
            drained += count
        }
    }
}
