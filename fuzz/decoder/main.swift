// libFuzzer entry for PatchKit's response decoding: the first byte picks the endpoint and the
// status, the rest is the body. Whatever the body, the answer is a value or a PatchError whose
// message names the request, never a trap. Built with every file of Sources/PatchKit.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDecoder(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let selector = data[0]
    let body = Data(bytes: data + 1, count: size - 1)
    let statuses = [200, 200, 200, 400, 401, 404, 429, 503]
    let status = statuses[Int(selector >> 5)]
    let type = selector & 0x10 == 0 ? "application/json; charset=utf-8" : "text/html"
    let exchange = HTTPExchange(status: status, headers: ["Content-Type": type], body: body)
    let label = RequestLabel(method: "GET", url: "http://127.0.0.1/fuzz")
    do {
        switch selector & 0x03 {
        case 0: _ = try ResponseDecoder.decode(WireDetail.self, exchange, label: label, subject: "fuzz").value
        case 1: _ = try ResponseDecoder.decode([WireSummary].self, exchange, label: label, subject: "fuzz").map(\.value)
        case 2: _ = try ResponseDecoder.decode(WireLogin.self, exchange, label: label, subject: "fuzz").value
        default: _ = ResponseDecoder.apiMessage(exchange)
        }
    } catch {
        precondition(error.description.contains(label.description) || status == 400,
                     "an error that does not name the request: \(error)")
    }
    return 0
}
