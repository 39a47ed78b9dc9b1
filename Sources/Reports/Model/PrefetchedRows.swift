import Foundation

extension RowStream {
    /// The same rows, made on a thread of their own in batches while the caller writes them, so
    /// that reading the log and writing the workbook share the machine's cores.
    public func prefetched(batchSize: Int = 256, depth: Int = 16) -> RowStream {
        let source = self
        return RowStream { emit in
            let channel = BatchChannel(depth: depth)
            Thread {
                var batch: [[ReportCell]] = []
                batch.reserveCapacity(batchSize)
                do {
                    try source.forEach { row in
                        batch.append(row)
                        if batch.count == batchSize {
                            guard channel.put(batch) else { throw BatchChannel.Closed() }
                            batch.removeAll(keepingCapacity: true)
                        }
                    }
                    if !batch.isEmpty { _ = channel.put(batch) }
                    channel.finish(nil)
                } catch {
                    channel.finish(error is BatchChannel.Closed ? nil : error)
                }
            }.start()
            do {
                while let batch = try channel.take() {
                    for row in batch { try emit(row) }
                }
            } catch {
                channel.close()
                throw error
            }
        }
    }
}

/// A bounded queue of row batches between one producer and one consumer.
private final class BatchChannel: @unchecked Sendable {
    struct Closed: Error {}

    private let condition = NSCondition()
    private var batches: [[[ReportCell]]] = []
    private var finished = false
    private var closed = false
    private var failure: Error?
    private let depth: Int

    init(depth: Int) { self.depth = depth }

    /// Adds a batch, waiting while the queue is full; false once the consumer has gone.
    func put(_ batch: [[ReportCell]]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while batches.count >= depth && !closed { condition.wait() }
        if closed { return false }
        batches.append(batch)
        condition.broadcast()
        return true
    }

    func finish(_ error: Error?) {
        condition.lock()
        finished = true
        failure = error
        condition.broadcast()
        condition.unlock()
    }

    /// The next batch, or nil at the end; rethrows the producer's error.
    func take() throws -> [[ReportCell]]? {
        condition.lock()
        defer { condition.unlock() }
        while batches.isEmpty && !finished { condition.wait() }
        if !batches.isEmpty {
            let batch = batches.removeFirst()
            condition.broadcast()
            return batch
        }
        if let failure { throw failure }
        return nil
    }

    /// The consumer stops: the producer's next `put` fails.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }
}
