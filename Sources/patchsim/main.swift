// patchsim: runs the PatchSim emulator stand-alone until SIGINT or SIGTERM.
import Dispatch
import Foundation
import Glibc
import PatchSim

/// Writes straight to a descriptor: no stdio buffer to flush, so tests see the line at once.
func emit(_ text: String, to handle: FileHandle) {
    handle.write(Data((text + "\n").utf8))
}

let options: SimCommandLine
do {
    options = try SimCommandLine.parse(Array(CommandLine.arguments.dropFirst()))
} catch {
    emit("patchsim: \(error)\n\(SimCommandLine.usage)", to: .standardError)
    exit(2)
}
if options.showHelp {
    emit(SimCommandLine.usage, to: .standardOutput)
    exit(0)
}

let server = PatchSimServer(configuration: options.configuration)
do {
    try server.start(port: options.port)
} catch {
    emit("patchsim: \(error)", to: .standardError)
    exit(1)
}
// Signals are handled as dispatch events, so stopping runs as ordinary code, not in a handler.
let signalSources = [SIGINT, SIGTERM].map { number in
    signal(number, SIG_IGN)
    let source = DispatchSource.makeSignalSource(signal: number, queue: .main)
    source.setEventHandler {
        server.stop()
        exit(0)
    }
    source.resume()
    return source
}
// Only now: a SIGTERM sent as soon as this line is read must find the handler in place.
emit("listening on \(server.baseURL.absoluteString)", to: .standardOutput)
dispatchMain()
