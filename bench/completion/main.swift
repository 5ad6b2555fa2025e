import Foundation
import PatchShell
import PatchSim

// Tab-completion latency from cache: a shell logged in to a local patchsim, the current server's
// executions fetched once, then many completions of an execution ID timed one by one.
let iterations = Int(CommandLine.arguments.dropFirst().first ?? "") ?? 20_000
let simulator = PatchSimServer()
try simulator.start(port: 0)
let url = simulator.baseURL.absoluteString
let home = FileManager.default.temporaryDirectory.appendingPathComponent("patchsh-bench-\(getpid())").path
let shell = Shell(configuration: .init(endpoints: .init(api: url, patching: url),
                                            store: SessionStore(directory: home), environment: ["CLC_PASSWORD": "demo"]),
                        output: .buffer())
_ = await shell.run(source: "login demo; use OSD VA1OSDPATCH33; executions", origin: "bench", policy: .script)
let lines = ["execution VA1-13", "patches --fa", "executions --format j", "exec", "use OSD VA1"]
// The first Tab fetches the server's executions; check it found them, so the timing below is honest.
let first = shell.completions(for: lines[0])
guard first.candidates.contains("VA1-132457") else {
    print("bench-completion: the execution IDs were not fetched (\(first)); nothing measured")
    exit(1)
}
var samples: [Double] = []
samples.reserveCapacity(iterations)
for index in 0..<iterations {
    let start = DispatchTime.now().uptimeNanoseconds
    _ = shell.completions(for: lines[index % lines.count])
    samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000)
}
samples.sort()
let percentile = { (p: Double) -> Double in samples[min(samples.count - 1, Int(Double(samples.count) * p))] }
print(String(format: "completion from cache: median %.1f µs, p99 %.1f µs, max %.1f µs over %d completions",
             percentile(0.5), percentile(0.99), samples.last ?? 0, iterations))
print("command: swift build -c release --product bench-completion && .build/release/bench-completion \(iterations)")
simulator.stop()
try? FileManager.default.removeItem(atPath: home)
