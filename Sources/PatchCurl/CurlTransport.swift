import CurlShim
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import PatchKit

/// The default transport: libcurl, which on Linux is several times faster than URLSession for
/// many small sequential requests (BENCHMARKS.md). Connections are kept alive in a pool, one per
/// request in flight; transfers run on the pool's own threads; certificates are always verified.
public final class CurlTransport: HTTPTransport {
    private let timeouts: TransportTimeouts
    private let maximumBodySize: Int
    private let pool = CurlWorkerPool()

    /// `connect` bounds opening the connection and any silence after it (as with URLSession),
    /// `request` the whole exchange; a body larger than `maximumBodySize` is not read past that size.
    public init(timeouts: TransportTimeouts, maximumBodySize: Int = PatchClient.maximumBodySize) {
        self.timeouts = timeouts
        self.maximumBodySize = maximumBodySize
    }

    deinit { pool.close() }

    public func send(_ request: URLRequest, label: RequestLabel) async throws(PatchError) -> HTTPExchange {
        guard let transfer = CurlTransfer(bodyCap: maximumBodySize) else {
            throw .network(label, reason: "libcurl could not start a transfer (out of memory?)")
        }
        let started = Date()
        let code = await withTaskCancellationHandler {
            await perform(request, transfer)
        } onCancel: {
            transfer.cancel()
        }
        if code == pc_ok { return transfer.exchange() }
        if transfer.cancelled || code == pc_aborted_by_callback { throw .cancelled(label) }
        let elapsed = Date().timeIntervalSince(started)
        throw CurlFailure.translate(code: code, text: transfer.errorText, label: label,
                                    timeout: elapsed < timeouts.request - 0.5 ? timeouts.connect : timeouts.request)
    }

    /// Runs the transfer on a pooled worker and returns libcurl's result code.
    private func perform(_ request: URLRequest, _ transfer: CurlTransfer) async -> Int32 {
        let outgoing = OutgoingRequest(request, timeouts: timeouts)
        return await withCheckedContinuation { (continuation: CheckedContinuation<Int32, Never>) in
            let started = pool.run { worker in
                let code = outgoing.perform(on: worker, transfer)
                return { continuation.resume(returning: code) }
            }
            if !started { continuation.resume(returning: pc_out_of_memory) }
        }
    }
}

/// What libcurl needs of a `URLRequest`, copied so it can cross to the worker thread.
private struct OutgoingRequest: Sendable {
    let url: String
    let method: String
    let headerLines: [String]
    let body: Data?
    let connectMilliseconds: Int
    let totalMilliseconds: Int
    let stallSeconds: Int

    init(_ request: URLRequest, timeouts: TransportTimeouts) {
        url = request.url?.absoluteString ?? ""
        method = request.httpMethod ?? "GET"
        headerLines = (request.allHTTPHeaderFields ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
        body = request.httpBody
        connectMilliseconds = max(1, Int((timeouts.connect * 1000).rounded()))
        totalMilliseconds = max(1, Int((timeouts.request * 1000).rounded()))
        // As with URLSession, `connect` also bounds silence while the answer comes (README, --connect-timeout).
        stallSeconds = timeouts.connect < timeouts.request ? max(1, Int(timeouts.connect.rounded(.up))) : 0
    }

    /// Sends the request through `worker`, blocking this thread until the answer is complete.
    func perform(on worker: OpaquePointer, _ transfer: CurlTransfer) -> Int32 {
        let lines = headerLines.map { strdup($0) }
        defer { lines.forEach { free($0) } }
        var pointers = lines.map { UnsafePointer<CChar>($0) }
        return url.withCString { url in
            method.withCString { method in
                pointers.withUnsafeMutableBufferPointer { headers in
                    withBody { body, length in
                        var request = pc_request(url: url, method: method, headers: headers.baseAddress,
                                                 header_count: headers.count, body: body, body_length: length,
                                                 connect_timeout_ms: connectMilliseconds,
                                                 total_timeout_ms: totalMilliseconds, stall_timeout_s: stallSeconds)
                        return pc_worker_perform(worker, transfer.native, &request)
                    }
                }
            }
        }
    }

    private func withBody<Result>(_ work: (UnsafeRawPointer?, Int) -> Result) -> Result {
        guard let body else { return work(nil, 0) }
        return body.withUnsafeBytes { work($0.baseAddress, $0.count) }
    }
}
