// libFuzzer entry for patchsim's HTTP request parser: any bytes give incomplete, a request or a
// failure, and a complete request never claims more bytes than it was given. Built with every
// file of Sources/PatchSim.
import Foundation

/// Builds the router's fleet (lazy globals) before fuzzing, so LeakSanitizer does not count
/// that one-time allocation against the first input.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    _ = SimRouter().handle(SimRequest(method: "GET", target: "/"))
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRequestParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let parser = HTTPRequestParser(maxHeaderBytes: 4096, maxBodyBytes: 8192, maxHeaderCount: 32)
    // A fresh router per input: tokens issued by one input's logins are freed with it.
    let router = SimRouter()
    var rest = bytes[...]
    // Pipelined requests: parse until the buffer is used up or fails.
    for _ in 0..<16 {
        switch parser.parse(Array(rest)) {
        case .complete(let request, let consumed):
            precondition(consumed > 0 && consumed <= rest.count, "consumed \(consumed) of \(rest.count) bytes")
            precondition(request.body.count <= parser.maxBodyBytes, "a body over the limit was accepted")
            _ = router.handle(request)
            rest = rest.dropFirst(consumed)
        case .incomplete, .awaitingBody, .failure:
            return 0
        }
    }
    return 0
}
