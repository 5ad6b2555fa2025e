import CurlShim
import Foundation
import PatchKit

/// libcurl's result codes in the words URLSessionTransport uses for the same failures, so a
/// message does not depend on the transport underneath.
enum CurlFailure {
    static func translate(code: Int32, text: String, label: RequestLabel, timeout: TimeInterval) -> PatchError {
        switch code {
        case pc_operation_timedout:
            return .timedOut(label, seconds: timeout)
        case pc_aborted_by_callback:
            return .cancelled(label)
        case pc_couldnt_connect:
            return .network(label, reason: "connection refused")
        case pc_couldnt_resolve_host, pc_couldnt_resolve_proxy:
            return .network(label, reason: "host not found")
        case pc_partial_file, pc_recv_error, pc_send_error, pc_http2_stream:
            // "transfer closed with N bytes remaining to read" is the one place libcurl says how much.
            if let range = text.range(of: "transfer closed with ") {
                let missing = text[range.upperBound...].prefix { $0.isNumber }
                if !missing.isEmpty {
                    return .network(label, reason: "the connection was dropped before the answer was complete (\(missing) bytes missing)")
                }
            }
            return .network(label, reason: "the connection was dropped before the answer was complete")
        case pc_got_nothing:
            return .network(label, reason: "the server closed the connection without answering")
        case pc_weird_server_reply, pc_unsupported_protocol, pc_http2, pc_http3, pc_bad_content_encoding:
            return .network(label, reason: "the server sent a malformed HTTP response")
        case pc_ssl_connect_error, pc_peer_failed_verification, pc_ssl_certproblem, pc_ssl_cipher,
             pc_ssl_cacert_badfile, pc_ssl_shutdown_failed, pc_ssl_crl_badfile, pc_ssl_issuer_error,
             pc_ssl_pinnedpubkeynotmatch, pc_ssl_invalidcertstatus, pc_ssl_engine_notfound:
            return .network(label, reason: "the TLS connection could not be made safely")
        default:
            let words = text.isEmpty ? "libcurl failed" : text
            return .network(label, reason: "\(words) (curl error \(code))")
        }
    }
}
