// patchsim: runs the PatchSim emulator stand-alone until SIGINT or SIGTERM.
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

// SIGINT and SIGTERM are blocked before any thread starts (threads inherit the mask) and taken with
// sigwait below: a signal is then never lost, whatever mask patchsim was started with, and stopping
// runs as ordinary code rather than in a handler.
var stopSignals = sigset_t()
sigemptyset(&stopSignals)
sigaddset(&stopSignals, SIGINT)
sigaddset(&stopSignals, SIGTERM)
pthread_sigmask(SIG_BLOCK, &stopSignals, nil)

let server = PatchSimServer(configuration: options.configuration)
do {
    try server.start(port: options.port)
} catch {
    emit("patchsim: \(error)", to: .standardError)
    exit(1)
}
emit("listening on \(server.baseURL.absoluteString)", to: .standardOutput)
var received: Int32 = 0
sigwait(&stopSignals, &received)
server.stop()
exit(0)
