import CurlShim
import Foundation

/// Threads that each own one libcurl connection (a `pc_worker`). A request borrows an idle worker,
/// or starts a new one when all are busy: sequential requests keep reusing one connection, and
/// N requests in flight use at most N. The transfers block these threads, never Swift's
/// cooperative pool.
final class CurlWorkerPool: @unchecked Sendable {
    // @unchecked: `idle` and `closed` are only touched under `lock`.
    private let lock = NSLock()
    private var idle: [CurlWorker] = []
    private var closed = false

    /// A job runs on a worker's thread with its connection and returns what to do once the worker
    /// is back in the pool (resuming the caller there means the next request finds it idle).
    typealias Job = @Sendable (OpaquePointer) -> @Sendable () -> Void

    /// Runs `job` on an idle worker or a new one; false when libcurl could not start one.
    func run(_ job: @escaping Job) -> Bool {
        lock.lock()
        let reused = closed ? nil : idle.popLast()
        lock.unlock()
        guard let worker = reused ?? CurlWorker(pool: self) else { return false }
        worker.start(job)
        return true
    }

    /// Takes a worker back; false when the pool is closed and the worker should end.
    func giveBack(_ worker: CurlWorker) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard !closed else { return false }
        // Last in, first out: the connection used most recently is the one most likely still open.
        idle.append(worker)
        return true
    }

    /// Ends the idle workers now and the busy ones when they finish (the transport is going away).
    func close() {
        lock.lock()
        closed = true
        let ending = idle
        idle.removeAll()
        lock.unlock()
        for worker in ending { worker.stop() }
    }
}

/// One thread and its connection, waiting for the next job.
final class CurlWorker: @unchecked Sendable {
    // @unchecked: `job` and `stopping` are only touched under `condition`; `native` is used by the
    // worker's own thread alone.
    private let condition = NSCondition()
    private var job: CurlWorkerPool.Job?
    private var stopping = false
    private let native: OpaquePointer

    init?(pool: CurlWorkerPool) {
        guard let native = pc_worker_new() else { return nil }
        self.native = native
        let thread = Thread { [self] in self.loop(pool) }
        thread.name = "patchsh-curl"
        thread.start()
    }

    func start(_ job: @escaping CurlWorkerPool.Job) {
        condition.lock()
        self.job = job
        condition.signal()
        condition.unlock()
    }

    func stop() {
        condition.lock()
        stopping = true
        condition.signal()
        condition.unlock()
    }

    private func loop(_ pool: CurlWorkerPool) {
        while let job = next() {
            let finish = job(native)
            let kept = pool.giveBack(self)
            finish()
            if !kept { break }
        }
        pc_worker_free(native)
    }

    private func next() -> CurlWorkerPool.Job? {
        condition.lock()
        defer { condition.unlock() }
        while job == nil && !stopping { condition.wait() }
        let taken = job
        job = nil
        return taken
    }
}
