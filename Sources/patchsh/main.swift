import Foundation
import LineEditing
import PatchShell
import PatchSim
#if canImport(Glibc)
import Glibc
#endif

// The executable only wires what the library cannot own: libedit and the in-process emulator.
let demo = DemoEmulator()
let program = Program(
    environment: ProcessInfo.processInfo.environment,
    startDemo: { try demo.start() },
    makeReader: { LibEditLineReader() })
let status = await program.run(Array(CommandLine.arguments.dropFirst()))
demo.stop()
exit(status)
