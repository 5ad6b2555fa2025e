import Foundation
import PatchCurl
import PatchKit

/// Which HTTP transport carries requests: libcurl by default; `PATCHSH_TRANSPORT=urlsession`
/// selects Foundation's URLSession instead (a fallback, and a way to compare the two).
enum TransportChoice: Equatable {
    case curl
    case urlSession

    /// The environment variable that chooses.
    static let variable = "PATCHSH_TRANSPORT"

    /// The choice `environment` makes; anything but `urlsession` means libcurl.
    init(environment: [String: String]) {
        self = environment[Self.variable]?.lowercased() == "urlsession" ? .urlSession : .curl
    }

    /// A transport of this kind with the given timeouts.
    func makeTransport(timeouts: TransportTimeouts) -> any HTTPTransport {
        switch self {
        case .curl: return CurlTransport(timeouts: timeouts)
        case .urlSession: return URLSessionTransport(timeouts: timeouts)
        }
    }
}
