import Foundation

extension SimRouter {
    /// The answer a request gets when `fault` selects it.
    func inject(_ fault: SimFault.Kind, into request: SimRequest) -> SimResponse {
        switch fault {
        case .latency(let seconds):
            var response = answer(request)
            response.delay = seconds
            return response
        case .status(let status):
            return .message(status, "Injected fault: HTTP \(status) from patchsim.")
        case .tooManyRequests(let retryAfter):
            return .message(429, "Too many requests; slow down.", headers: [SimHeader("Retry-After", retryAfter)])
        case .dropBeforeResponse:
            var response = answer(request)
            response.delivery = .dropBeforeResponse
            return response
        case .dropDuringBody:
            var response = answer(request)
            response.delivery = .dropDuringBody
            return response
        case .truncatedBody:
            var response = answer(request)
            response.body = response.body.prefix(response.body.count / 2)
            return response
        case .malformedBody:
            return SimResponse(status: 200, body: Data("{\"execution_id\": \"VA1-132457\", \"status\": completed,".utf8))
        case .htmlBody(let status):
            let page = "<!DOCTYPE html>\n<html><head><title>\(status) Bad Gateway</title></head>"
                + "<body><h1>Bad Gateway</h1><p>The proxy server received an invalid response.</p></body></html>\n"
            return SimResponse(status: status, headers: [SimHeader("Content-Type", "text/html; charset=iso-8859-1")],
                               body: Data(page.utf8))
        case .invalidUTF8:
            var response = answer(request)
            // Overwrite the first string's opening characters with bytes no UTF-8 text contains.
            if let quote = response.body.firstIndex(of: UInt8(ascii: "\"")), quote + 3 < response.body.count {
                response.body.replaceSubrange((quote + 1)...(quote + 2), with: [0xFF, 0xFE])
            } else {
                response.body = Data([0x22, 0xFF, 0xFE, 0x22])
            }
            return response
        case .hugeBody(let bytes):
            var response = answer(request)
            if response.body.count < bytes {
                response.body.append(Data(repeating: UInt8(ascii: " "), count: bytes - response.body.count))
            }
            return response
        case .wrongShape:
            return SimResponse(status: 200, json: ["message": "OK", "data": .array([1, 2, 3])])
        case .expireTokens:
            tokens.revokeAll()
            return answer(request)
        }
    }
}
