import CurlShim
import Foundation
import PatchKit

/// One request's libcurl state (`pc_transfer`), owned here so that the cancellation handler and
/// the worker thread can both reach it for as long as either needs it.
final class CurlTransfer: @unchecked Sendable {
    // @unchecked: `pc_transfer_cancel` may be called from any thread (it takes the transfer's lock);
    // everything else is read by one thread after the worker is done with the transfer.
    let native: OpaquePointer

    init?(bodyCap: Int) {
        guard let native = pc_transfer_new(bodyCap) else { return nil }
        self.native = native
    }

    deinit { pc_transfer_free(native) }

    /// Stops the transfer at once, whether it has started, is running or is done.
    func cancel() { pc_transfer_cancel(native) }

    var cancelled: Bool { pc_transfer_cancelled(native) != 0 }

    /// libcurl's own description of the failure.
    var errorText: String { String(cString: pc_transfer_error(native)) }

    /// The answer that came: status, the final answer's headers, the body (cut just past the cap
    /// when it was larger, so the decoder's size rule still refuses it).
    func exchange() -> HTTPExchange {
        var length = 0
        let body: Data
        if let bytes = pc_transfer_take_body(native, &length), length > 0 {
            body = Data(bytesNoCopy: bytes, count: length, deallocator: .free)
        } else {
            body = Data()
        }
        return HTTPExchange(status: Int(pc_transfer_status(native)), headers: headers(), body: body)
    }

    /// "Name: value" lines after the status line; a repeated name keeps every value, comma-joined.
    private func headers() -> [String: String] {
        var length = 0
        guard let raw = pc_transfer_headers(native, &length), length > 0 else { return [:] }
        let text = String(decoding: UnsafeRawBufferPointer(start: raw, count: length), as: UTF8.self)
        var headers: [String: String] = [:]
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { continue }
            headers[name] = headers[name].map { $0 + ", " + value } ?? value
        }
        return headers
    }
}
